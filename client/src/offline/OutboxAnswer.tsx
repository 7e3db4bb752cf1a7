import { reservationStateLabels } from '@portail/shared/bookings/labels';
import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { formatDateTime } from '../app/dates.ts';
import { paths } from '../app/paths.ts';
import type { OutboxEntry } from './outbox.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/**
 * What the server answered to a submission sent from the outbox: the reservation's number and state, then
 * every line it refused, in its own words. Shown until the parent says they have read it.
 */
export function OutboxAnswer(props: { entry: OutboxEntry; headingLevel: 2 | 3; onDismiss?: () => void }) {
  const answer = () => props.entry.answer;
  const refused = () => answer()?.refused ?? [];
  const heading = () =>
    `Réservation envoyée pour ${props.entry.about.child} (${props.entry.about.place}), confirmée hors ligne le ${formatDateTime(props.entry.queuedAt)}`;
  return (
    <div
      class="notice outbox-answer"
      classList={{ 'notice--error': refused().length > 0 || !answer()?.reservation }}
    >
      <Show when={props.headingLevel === 2} fallback={<h3 class="outbox-answer__title">{heading()}</h3>}>
        <h2 class="outbox-answer__title">{heading()}</h2>
      </Show>
      <Show when={answer()?.reservation}>
        {(reservation) => (
          <p>
            <A href={paths.reservation(reservation().id)}>Réservation n° {reservation().number}</A> :{' '}
            {reservationStateLabels[reservation().state]},{' '}
            {plural(answer()?.recorded ?? 0, 'date enregistrée', 'dates enregistrées')}.
          </p>
        )}
      </Show>
      <Show when={answer()?.rejected}>
        {(message) => <p>Votre réservation n’a pas été enregistrée : {message()}</p>}
      </Show>
      <Show when={!answer()?.reservation && !answer()?.rejected}>
        <p>Aucune des dates demandées n’a pu être enregistrée : votre réservation n’a pas été créée.</p>
      </Show>
      <Show when={refused().length > 0}>
        <p class="outbox-answer__refused">
          {refused().length > 1 ? 'Dates non enregistrées :' : 'Date non enregistrée :'}
        </p>
        <ul>
          {/* The server's sentences name the day and the unit: «mer. 18/03/2026 – Journée : …». */}
          <For each={refused()}>{(line) => <li>{line.message}</li>}</For>
        </ul>
      </Show>
      <Show when={props.onDismiss}>
        {(dismiss) => (
          <button type="button" class="button button--secondary button--small" onClick={() => dismiss()()}>
            J’ai compris
          </button>
        )}
      </Show>
    </div>
  );
}
