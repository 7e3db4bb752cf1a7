import { formatDayFr, requestReasonLabels } from '@portail/shared/bookings/labels';
import { For } from 'solid-js';
import { formatDateTime } from '../app/dates.ts';
import type { RequestLine } from './data.ts';

type Props = {
  lines: RequestLine[];
  selected: ReadonlySet<number>;
  onSelect: (lineIds: number[], selected: boolean) => void;
};

const actionLabels = { book: 'Réservation', cancel: 'Annulation' } as const;
const who = (line: RequestLine) =>
  `${line.child.firstName} ${line.child.lastName}, ${formatDayFr(line.date)} – ${line.unit.name}`;

/** The requested lines, oldest first; a checkbox per line and one for all. Scrolls sideways on a phone. */
export function RequestsTable(props: Props) {
  const allSelected = () => props.lines.length > 0 && props.lines.every((l) => props.selected.has(l.lineId));
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section class="table-scroll" aria-labelledby="requests-caption" tabIndex={0}>
      <table class="table">
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
            {(line) => (
              <tr>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Sélectionner : ${who(line)}`}
                    checked={props.selected.has(line.lineId)}
                    onChange={(event) => props.onSelect([line.lineId], event.currentTarget.checked)}
                  />
                </td>
                <th scope="row">
                  {line.child.firstName} {line.child.lastName}
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
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}
