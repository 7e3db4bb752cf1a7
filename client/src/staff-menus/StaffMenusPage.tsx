import { addDays, mondayOf, parisDate } from '@portail/shared/bookings/calendar';
import { centralKitchenName, type MenuWeek } from '@portail/shared/menus/schema';
import { A } from '@solidjs/router';
import { createSignal, Match, Show, Switch } from 'solid-js';
import { paths } from '../app/paths.ts';
import { usePageTitle } from '../app/title.ts';
import { weekRange } from '../menus/format.ts';
import { createSetup } from '../staff-bookings/data.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { Loading } from '../ui/Loading.tsx';
import { SelectField } from '../ui/SelectField.tsx';
import { createMenuWeek } from './data.ts';
import { WeekEditor } from './WeekEditor.tsx';
import './staff-menus.css';

const central = 'centrale';

/**
 * /agents/menus — staff type a kitchen's week (the central kitchen, or a facility's own), Monday to Friday:
 * the courses, the 14 allergens, the labels; then «Publier la semaine» shows it to families (/menus).
 */
export function StaffMenusPage() {
  usePageTitle(() => 'Menus de la restauration scolaire');
  const setup = createSetup();
  const [kitchen, setKitchen] = createSignal(central);
  const [monday, setMonday] = createSignal(mondayOf(parisDate(new Date())));
  const facilityId = () => (kitchen() === central ? null : Number(kitchen()));
  const week = createMenuWeek(() => ({ facilityId: facilityId(), weekOf: monday() }));
  const options = () => [
    { value: central, label: centralKitchenName },
    ...(setup.data()?.facilities ?? [])
      .filter((f) => f.active)
      .map((f) => ({ value: String(f.id), label: `${f.name} (cuisine sur place)` })),
  ];
  const kitchenName = () => options().find((o) => o.value === kitchen())?.label ?? centralKitchenName;

  return (
    <div class="container page staff-menus">
      <div class="page-head">
        <h1>Menus de la restauration scolaire</h1>
        <A href={paths.menus}>Voir les menus comme les familles</A>
      </div>
      <p class="lead">
        Saisissez les menus d’une semaine, du lundi au vendredi, puis publiez-la : les familles la voient
        aussitôt dans « Menus de la semaine », même hors ligne.
      </p>
      <div class="staff-menus__controls">
        <SelectField
          id="menus-cuisine"
          label="Cuisine"
          value={kitchen()}
          options={options()}
          onChange={(event) => setKitchen(event.currentTarget.value)}
        />
        <div class="staff-menus__week">
          <p class="staff-menus__week-label" aria-live="polite">
            Semaine {weekRange(monday(), addDays(monday(), 4))}
          </p>
          <div class="staff-menus__week-buttons">
            <button
              type="button"
              class="button button--secondary button--small"
              onClick={() => setMonday(addDays(monday(), -7))}
            >
              <span aria-hidden="true">‹</span> Semaine précédente
            </button>
            <button
              type="button"
              class="button button--secondary button--small"
              onClick={() => setMonday(addDays(monday(), 7))}
            >
              Semaine suivante <span aria-hidden="true">›</span>
            </button>
          </div>
        </div>
      </div>
      <Show when={setup.error()}>
        {(message) => <ErrorNotice message={message()} onRetry={setup.retry} busy={setup.loading()} />}
      </Show>
      <Switch fallback={<Loading label="Chargement des menus de la semaine…" />}>
        <Match when={week.error()}>
          {(message) => <ErrorNotice message={message()} onRetry={week.retry} busy={week.loading()} />}
        </Match>
        {/* Keyed: another kitchen or week is another form, never one mixed with the previous one. */}
        <Match when={week.data()} keyed>
          {(data: MenuWeek) => <WeekEditor week={data} kitchenName={kitchenName()} />}
        </Match>
      </Switch>
    </div>
  );
}
