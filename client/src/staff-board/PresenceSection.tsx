import { isoWeekday } from '@portail/shared/bookings/calendar';
import { formatDayFr } from '@portail/shared/bookings/labels';
import { createMemo, For, Match, Show, Switch } from 'solid-js';
import { useLiveRefresh } from '../live/refresh.ts';
import type { Setup } from '../staff-bookings/data.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { Loading } from '../ui/Loading.tsx';
import { SelectField } from '../ui/SelectField.tsx';
import { TextField } from '../ui/TextField.tsx';
import { createPresence, type Presence } from './data.ts';
import { downloadFile } from './download.ts';
import { type BoardFacility, facilityOptions, slug, unitsOf } from './facilities.ts';
import { ListActions } from './ListActions.tsx';
import { printSection } from './print.ts';

const levels: Record<string, string> = { maternelle: 'Maternelle', elementaire: 'Élémentaire' };
const plural = (n: number) => `${n} enfant${n > 1 ? 's' : ''}`;

type Props = {
  setup: Setup;
  facility: BoardFacility;
  date: string;
  onFacility: (id: string) => void;
  onDate: (date: string) => void;
};

/** «Liste de présence»: the children expected per unit at one facility on one day. */
export function PresenceSection(props: Props) {
  let section: HTMLElement | undefined;
  const presence = createPresence(() => ({ facilityId: props.facility.id, date: props.date }));
  const unitIds = createMemo(() => new Set(unitsOf(props.facility).map((u) => u.id)));
  useLiveRefresh(['occupancy.changed'], presence.retry, (event) =>
    event.cells.some((c) => c.date === props.date && unitIds().has(c.unitId)),
  );

  const title = () => `Liste de présence – ${props.facility.name} – ${formatDayFr(props.date)}`;
  const download = () =>
    downloadFile(
      `/files/exports/presence.csv?${new URLSearchParams({ facilityId: String(props.facility.id), date: props.date })}`,
      `presence-${slug(props.facility.name)}-${props.date}.csv`,
    );

  return (
    <section ref={section} class="daily-list print-section" aria-labelledby="presence-title">
      <h2 id="presence-title">Liste de présence</h2>
      <form class="board__filters no-print" onSubmit={(event) => event.preventDefault()}>
        <SelectField
          id="presence-facility"
          label="Établissement"
          options={facilityOptions(props.setup)}
          value={String(props.facility.id)}
          onChange={(event) => props.onFacility(event.currentTarget.value)}
        />
        <TextField
          id="presence-date"
          label="Jour"
          type="date"
          required
          value={props.date}
          onChange={(event) => event.currentTarget.value && props.onDate(event.currentTarget.value)}
        />
      </form>
      <ListActions what="la liste de présence" onPrint={() => printSection(section)} onDownload={download} />
      <p class="board__print-title">{title()}</p>
      <Switch fallback={<Loading label="Chargement de la liste de présence…" />}>
        <Match when={presence.error()}>
          {(message) => (
            <ErrorNotice message={message()} onRetry={presence.retry} busy={presence.loading()} />
          )}
        </Match>
        <Match when={presence.data()}>
          {(data) => <PresenceUnits facility={props.facility} date={props.date} presence={data()} />}
        </Match>
      </Switch>
    </section>
  );
}

/** Every unit that runs that day (and any other with children booked), with its children or «aucun». */
function PresenceUnits(props: { facility: BoardFacility; date: string; presence: Presence }) {
  const units = createMemo(() => {
    const booked = new Map(props.presence.map((u) => [u.unitId, u]));
    const running = unitsOf(props.facility)
      .filter((u) => u.weekdays.includes(isoWeekday(props.date)) || booked.has(u.id))
      .map((u) => ({ unitId: u.id, unitName: u.name, children: booked.get(u.id)?.children ?? [] }));
    const known = new Set(running.map((u) => u.unitId));
    return [...running, ...props.presence.filter((u) => !known.has(u.unitId))];
  });
  const total = () => units().reduce((sum, u) => sum + u.children.length, 0);
  return (
    <Show
      when={units().length > 0}
      fallback={<p class="notice notice--info">Aucun accueil ce jour-là dans cet établissement.</p>}
    >
      <p class="board__total">
        {plural(total())} attendu{total() > 1 ? 's' : ''} ce jour-là.
      </p>
      <For each={units()}>
        {(unit) => (
          <div class="daily-list__unit">
            <h3 id={`presence-unit-${unit.unitId}`}>
              {unit.unitName} <span class="daily-list__count">({plural(unit.children.length)})</span>
            </h3>
            <Show
              when={unit.children.length > 0}
              fallback={<p class="daily-list__empty">Aucun enfant attendu.</p>}
            >
              <table class="table daily-list__table" aria-labelledby={`presence-unit-${unit.unitId}`}>
                <thead>
                  <tr>
                    <th scope="col">Nom</th>
                    <th scope="col">Prénom</th>
                    <th scope="col">Niveau</th>
                    <th scope="col">Classe</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={unit.children}>
                    {(child) => (
                      <tr>
                        <th scope="row">{child.lastName}</th>
                        <td>{child.firstName}</td>
                        <td>{levels[child.schoolLevel] ?? child.schoolLevel}</td>
                        <td>{child.className ?? '—'}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
          </div>
        )}
      </For>
    </Show>
  );
}
