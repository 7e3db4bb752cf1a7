import { formatDayFr, requestReasonLabels } from '@portail/shared/bookings/labels';
import { createEffect, createMemo, For, Show } from 'solid-js';
import { formatDateTime } from '../app/dates.ts';
import type { RequestLine } from './data.ts';

type Props = {
  lines: RequestLine[];
  selected: ReadonlySet<number>;
  onSelect: (lineIds: number[], selected: boolean) => void;
};

const actionLabels = { book: 'Réservation', cancel: 'Annulation' } as const;
const childName = (line: RequestLine) => `${line.child.firstName} ${line.child.lastName}`;
const who = (line: RequestLine) => `${childName(line)}, ${formatDayFr(line.date)} – ${line.unit.name}`;
const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;

/**
 * The requested lines, oldest first; a checkbox per line, one per reservation of several lines (to decide it
 * whole) and one for all. Rows are keyed by line, so a live update keeps the focus where it is. Scrolls sideways
 * on a phone.
 */
export function RequestsTable(props: Props) {
  const allSelected = () => props.lines.length > 0 && props.lines.every((l) => props.selected.has(l.lineId));
  /** Each reservation's listed lines, in the list's order (lines of one reservation come together). */
  const byReservation = createMemo(() => {
    const groups = new Map<number, number[]>();
    for (const line of props.lines) {
      const ids = groups.get(line.reservationId) ?? [];
      ids.push(line.lineId);
      groups.set(line.reservationId, ids);
    }
    return groups;
  });
  const linesOf = (line: RequestLine) => byReservation().get(line.reservationId) ?? [];
  const startsGroup = (index: number) =>
    index === 0 || props.lines[index - 1]?.reservationId !== props.lines[index]?.reservationId;

  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section class="table-scroll" aria-labelledby="requests-caption" tabIndex={0}>
      <table class="table requests__table">
        <caption id="requests-caption" class="visually-hidden">
          Demandes à traiter
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label="Sélectionner toutes les demandes affichées"
                checked={allSelected()}
                onChange={(event) =>
                  props.onSelect(
                    props.lines.map((l) => l.lineId),
                    event.currentTarget.checked,
                  )
                }
              />
            </th>
            <th scope="col">Enfant</th>
            <th scope="col">Date</th>
            <th scope="col">Unité</th>
            <th scope="col">Demande</th>
            <th scope="col">Motif</th>
            <th scope="col">Places restantes</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.lines}>
            {(line, index) => (
              <>
                <Show when={startsGroup(index()) && linesOf(line).length > 1}>
                  <ReservationRow
                    line={line}
                    lineIds={linesOf(line)}
                    selected={props.selected}
                    onSelect={props.onSelect}
                  />
                </Show>
                <tr classList={{ 'requests__grouped-line': linesOf(line).length > 1 }}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Sélectionner : ${who(line)}`}
                      checked={props.selected.has(line.lineId)}
                      onChange={(event) => props.onSelect([line.lineId], event.currentTarget.checked)}
                    />
                  </td>
                  <th scope="row">
                    {childName(line)}
                    <span class="table__sub">Réservation n° {line.reservationNumber}</span>
                  </th>
                  <td class="table__nowrap">{formatDayFr(line.date)}</td>
                  <td>
                    {line.unit.name}
                    <span class="table__sub">{line.facility.name}</span>
                  </td>
                  <td>
                    {actionLabels[line.action]}
                    <span class="table__sub">le {formatDateTime(line.createdAt)}</span>
                  </td>
                  <td>{line.requestReason ? requestReasonLabels[line.requestReason] : '—'}</td>
                  <td classList={{ requests__full: line.remaining <= 0 }}>
                    {line.remaining <= 0 ? `Complet (${line.remaining})` : line.remaining}
                  </td>
                </tr>
              </>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}

/** Above the lines of a reservation of several: select them all at once, to decide the reservation whole. */
function ReservationRow(
  props: Pick<Props, 'selected' | 'onSelect'> & { line: RequestLine; lineIds: number[] },
) {
  const count = () => props.lineIds.filter((id) => props.selected.has(id)).length;
  let box: HTMLInputElement | undefined;
  // «Some of its lines»: a property only, no attribute for it.
  createEffect(() => {
    if (box) box.indeterminate = count() > 0 && count() < props.lineIds.length;
  });
  return (
    <tr class="requests__group">
      <td>
        <input
          type="checkbox"
          aria-label={`Sélectionner toute la réservation n° ${props.line.reservationNumber} (${childName(props.line)}, ${plural(props.lineIds.length, 'demande')})`}
          checked={count() === props.lineIds.length}
          ref={box}
          onChange={(event) => props.onSelect(props.lineIds, event.currentTarget.checked)}
        />
      </td>
      <th scope="rowgroup" colSpan={6}>
        Réservation n° {props.line.reservationNumber} · {childName(props.line)} ·{' '}
        {plural(props.lineIds.length, 'demande')}
      </th>
    </tr>
  );
}
