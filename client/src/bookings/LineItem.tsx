import { formatDayFr, lineLabels, requestReasonLabels } from '@portail/shared/bookings/labels';
import type { LineAction, LineState, RequestReason } from '@portail/shared/bookings/schema';
import { Show } from 'solid-js';
import { pictureOfLine, StateIcon } from './StateIcon.tsx';

export const actionLabels: Record<LineAction, string> = { book: 'Réservation', cancel: 'Annulation' };

type Line = {
  date: string;
  unitName: string;
  action: LineAction;
  state: LineState;
  /** Why it waits for staff, while it does. */
  reason?: RequestReason | null;
  /** Staff's words on their decision. */
  decision?: string | null;
};

/** One date of a reservation: «lun. 11/03/2019», the unit, «Réservation» or «Annulation», and its state. */
export function LineItem(props: { line: Line }) {
  return (
    <li class="lines__item">
      <span class="lines__date">{formatDayFr(props.line.date)}</span>
      <span class="lines__unit">{props.line.unitName}</span>
      <span class="lines__action">{actionLabels[props.line.action]}</span>
      <span class="lines__state">
        <StateIcon picture={pictureOfLine(props.line.action, props.line.state)} />
        <span>
          {lineLabels[props.line.action][props.line.state]}
          <Show when={props.line.state === 'requested' && props.line.reason}>
            {(reason) => <span class="lines__reason">{requestReasonLabels[reason()]}</span>}
          </Show>
        </span>
      </span>
      <Show when={props.line.decision}>
        {(decision) => <span class="lines__decision">Motif du service : {decision()}</span>}
      </Show>
    </li>
  );
}
