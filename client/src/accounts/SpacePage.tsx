import { A } from '@solidjs/router';
import { Match, Switch } from 'solid-js';
import { paths } from '../app/paths.ts';
import { usePageTitle } from '../app/title.ts';
import { useSession } from '../auth/SessionProvider.tsx';
import { BillingBlock } from '../billing/BillingBlock.tsx';
import { BookingsBlock } from '../bookings/BookingsBlock.tsx';
import { MenusBlock } from '../menus/MenusBlock.tsx';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { Loading } from '../ui/Loading.tsx';
import { ChildrenList } from './ChildrenList.tsx';
import { createMyAccount } from './data.ts';
import './accounts.css';

/** /espace: the guardian's home once signed in. */
export function SpacePage() {
  usePageTitle(() => 'Mon espace');
  const session = useSession();
  const account = createMyAccount();
  return (
    <div class="container page">
      <h1>Bonjour {session.profile()?.firstName}</h1>
      <p class="lead">Bienvenue dans votre espace personnel du Portail Famille.</p>
      <div class="space">
        <BookingsBlock />
        <BillingBlock />
        <MenusBlock />
        <section class="card" aria-labelledby="space-children" aria-busy={account.loading()}>
          <h2 id="space-children">Vos enfants</h2>
          <Switch fallback={<Loading label="Chargement de votre famille…" />}>
            <Match when={account.error()}>
              {(message) => (
                <ErrorNotice message={message()} onRetry={account.retry} busy={account.loading()} />
              )}
            </Match>
            <Match when={account.data()}>
              {(data) => <ChildrenList children={data().family.children} />}
            </Match>
          </Switch>
        </section>
        <section class="card" aria-labelledby="space-account">
          <h2 id="space-account">Votre compte</h2>
          <p>Vos coordonnées, votre famille, votre mot de passe et votre adresse e-mail.</p>
          <A href={paths.account} class="button button--secondary">
            Mon compte
          </A>
        </section>
      </div>
    </div>
  );
}
