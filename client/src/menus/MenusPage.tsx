import { addDays, parisDate } from '@portail/shared/bookings/calendar';
import type { CurrentMenus } from '@portail/shared/menus/schema';
import { For, Match, Show, Switch } from 'solid-js';
import { usePageTitle } from '../app/title.ts';
import { useLiveRefresh } from '../live/refresh.ts';
import { createCachedQuery } from '../offline/query.ts';
import { sources } from '../offline/sources.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { Loading } from '../ui/Loading.tsx';
import { weekRange } from './format.ts';
import { MenuDay } from './MenuDay.tsx';
import './menus.css';

type Week = CurrentMenus['weeks'][number];

/**
 * /menus — «Menus de la semaine»: this week's and next week's school meals, per kitchen and per day, with
 * the allergens and labels. Public, and kept on the device: it reads offline, at the canteen's door.
 */
export function MenusPage() {
  usePageTitle(() => 'Menus de la semaine');
  const menus = createCachedQuery(sources.menus);
  useLiveRefresh(['menu.published'], menus.retry);
  const today = parisDate(new Date());
  return (
    <div class="container page menus">
      <h1>Menus de la semaine</h1>
      <p class="lead">
        Les repas servis en restauration scolaire cette semaine et la semaine prochaine, cuisine par cuisine.
        Les allergènes sont indiqués pour chaque jour.
      </p>
      <Switch fallback={<Loading label="Chargement des menus…" />}>
        <Match when={menus.error()}>
          {(message) => <ErrorNotice message={message()} onRetry={menus.retry} busy={menus.loading()} />}
        </Match>
        <Match when={menus.data()}>
          {(data) => (
            <For each={data().weeks}>
              {(week, index) => <WeekSection week={week} first={index() === 0} today={today} />}
            </For>
          )}
        </Match>
      </Switch>
      <p class="menus__note">
        Un doute sur un allergène ou un régime particulier ? Le Service Enfance Jeunesse vous renseigne : ses
        coordonnées sont en bas de page.
      </p>
    </div>
  );
}

function WeekSection(props: { week: Week; first: boolean; today: string }) {
  const id = () => `semaine-${props.week.weekOf}`;
  return (
    <section class="menus__week" aria-labelledby={id()}>
      <h2 id={id()}>
        {props.first ? 'Cette semaine' : 'Semaine prochaine'}
        <span class="menus__range"> — {weekRange(props.week.weekOf, addDays(props.week.weekOf, 4))}</span>
      </h2>
      <Show
        when={props.week.kitchens.length > 0}
        fallback={<p class="notice">Les menus de cette semaine ne sont pas encore publiés.</p>}
      >
        <For each={props.week.kitchens}>
          {(kitchen) => (
            <section class="menus__kitchen" aria-labelledby={`${id()}-${kitchen.facilityId ?? 'centrale'}`}>
              <h3 id={`${id()}-${kitchen.facilityId ?? 'centrale'}`} class="menus__kitchen-name">
                {kitchen.facilityName}
              </h3>
              <ol class="menus__days">
                <For each={kitchen.days}>
                  {(day) => (
                    <li>
                      <MenuDay day={day} today={day.date === props.today} />
                    </li>
                  )}
                </For>
              </ol>
            </section>
          )}
        </For>
      </Show>
    </section>
  );
}
