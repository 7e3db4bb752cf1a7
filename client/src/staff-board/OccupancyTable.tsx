import { isoWeekday } from '@portail/shared/bookings/calendar';
import { formatDayShortFr } from '@portail/shared/bookings/labels';
import { createMemo, For, Show } from 'solid-js';
import type { Occupancy } from './data.ts';
import { type BoardWeek, daysOf } from './week.ts';

type Props = { facility: string; week: BoardWeek; occupancy: Occupancy };
type Unit = Occupancy['units'][number];

/** Held places and waiting requests of one unit on one day. */
function Cell(props: { unit: Unit; date: string; booked: number; requested: number }) {
  const full = () => props.booked >= props.unit.capacity;
  return (
    <Show
      when={props.unit.weekdays.includes(isoWeekday(props.date))}
      fallback={
        <td class="occupancy__off">
          <span aria-hidden="true">—</span>
          <span class="visually-hidden">Pas d'accueil</span>
        </td>
      }
    >
      <td classList={{ occupancy__cell: true, 'occupancy__cell--full': full() }}>
        <span class="occupancy__count">
          {props.booked}/{props.unit.capacity}
        </span>
        <Show when={props.requested > 0}>
          <span class="occupancy__waiting"> · {props.requested} en attente</span>
        </Show>
        <Show when={full()}>
          <span class="occupancy__full">
            <span aria-hidden="true">● </span>Complet
          </span>
        </Show>
      </td>
    </Show>
  );
}

/**
 * Units by row, days by column: «12/30 · 3 en attente». A full day says «Complet» in words, with a tint and
 * a mark, so that colour is never the only sign.
 */
export function OccupancyTable(props: Props) {
  const days = createMemo(() =>
    daysOf(
      props.week.monday,
      props.occupancy.units.flatMap((u) => u.weekdays),
    ),
  );
  const counts = createMemo(
    () => new Map(props.occupancy.cells.map((c) => [`${c.unitId}|${c.date}`, c] as const)),
  );
  const countOf = (unitId: number, date: string) => counts().get(`${unitId}|${date}`);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section class="table-scroll" aria-labelledby="occupancy-caption" tabIndex={0}>
      <table class="table occupancy">
        <caption id="occupancy-caption" class="board__caption">
          {props.facility} – {props.week.label}
          <span class="table__sub">
            Places réservées sur la capacité du jour, et demandes en attente de décision.
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Unité</th>
            <For each={days()}>{(date) => <th scope="col">{formatDayShortFr(date)}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <For each={props.occupancy.units}>
            {(unit) => (
              <tr>
                <th scope="row">
                  {unit.name}
                  <span class="table__sub">Capacité : {unit.capacity}</span>
                </th>
                <For each={days()}>
                  {(date) => (
                    <Cell
                      unit={unit}
                      date={date}
                      booked={countOf(unit.id, date)?.booked ?? 0}
                      requested={countOf(unit.id, date)?.requested ?? 0}
                    />
                  )}
                </For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}
