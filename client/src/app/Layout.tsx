import { A, type RouteSectionProps, useLocation } from '@solidjs/router';
import { createEffect, on, Show } from 'solid-js';
import { AccountMenu } from '../auth/AccountMenu.tsx';
import { DecisionNotices } from '../bookings/DecisionNotices.tsx';
import { LiveIndicator } from '../live/LiveIndicator.tsx';
import { LiveNotices } from '../live/LiveNotices.tsx';
import { ContactCard } from '../municipality/ContactCard.tsx';
import { useMunicipality } from '../municipality/MunicipalityProvider.tsx';
import { InstallApp } from '../offline/InstallApp.tsx';
import { OfflineStatus } from '../offline/OfflineStatus.tsx';
import { paths } from './paths.ts';
import { UpdatePrompt } from './UpdatePrompt.tsx';

const mainId = 'contenu';

/** The frame of every page: skip link, header, the page in `<main>`, the S.E.J.'s contact in the footer. */
export function Layout(props: RouteSectionProps) {
  const municipality = useMunicipality().data;
  let main: HTMLElement | undefined;

  // After a client-side navigation, move focus to the new page as a full page load would.
  const location = useLocation();
  createEffect(
    on(
      () => location.pathname,
      () => main?.focus({ preventScroll: false }),
      { defer: true },
    ),
  );

  const skipToContent = (event: MouseEvent) => {
    event.preventDefault(); // the router would treat "#contenu" as a navigation
    main?.focus();
  };

  return (
    <>
      <a class="skip-link" href={`#${mainId}`} onClick={skipToContent}>
        Aller au contenu
      </a>
      <header class="site-header">
        <div class="container site-header__inner">
          <A href={paths.home} class="brand" end>
            <img class="brand__logo" src="/favicon.svg" alt="" width="44" height="44" />
            <span class="brand__text">
              <Show
                when={municipality()}
                fallback={<span class="brand__town">Service Enfance Jeunesse</span>}
              >
                {(m) => <span class="brand__town">{m().name}</span>}
              </Show>
              <span class="brand__name">Portail Famille</span>
            </span>
          </A>
          <LiveIndicator />
          <AccountMenu />
        </div>
      </header>
      <main id={mainId} ref={main} tabIndex={-1}>
        <OfflineStatus />
        {props.children}
      </main>
      <LiveNotices />
      <DecisionNotices />
      <footer class="site-footer">
        <div class="container">
          <ContactCard />
          <InstallApp />
        </div>
      </footer>
      <UpdatePrompt />
    </>
  );
}
