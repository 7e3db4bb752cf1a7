import { reservationStateLabels } from '@portail/shared/bookings/labels';
import { For, Show } from 'solid-js';
import { AfterSubmitActions } from './AfterSubmitActions.tsx';
import { LineItem } from './LineItem.tsx';
import { pictureOfReservation, StateIcon } from './StateIcon.tsx';
import type { Submission } from './types.ts';

/**
 * After «Confirmer la réservation» (guide §4, §5): the child, the reservation's number, the period and the
 * state; then every line the server could not record, with its reason.
 */
export function ConfirmationStep(props: { outcome: Submission; onBackToPlanning: () => void }) {
  const refused = () => props.outcome.lines.filter((l) => l.state === 'refused');
  const recorded = () => props.outcome.lines.filter((l) => l.state !== 'refused');
  return (
    <section class="confirmation" aria-labelledby="step-title">
      <Show
        when={props.outcome.reservation}
        fallback={
          <p class="notice notice--error">
            Aucune des dates demandées n'a pu être enregistrée : votre réservation n'a pas été créée.
          </p>
        }
      >
        {(reservation) => (
          <div class="card confirmation__summary">
            <dl class="facts">
              <dt>Numéro de réservation</dt>
              <dd class="confirmation__number">{reservation().number}</dd>
              <dt>Enfant</dt>
              <dd>
                {reservation().child.firstName} {reservation().child.lastName}
              </dd>
              <dt>Période</dt>
              <dd>
                {reservation().facility.name} / {reservation().period.name}
              </dd>
              <dt>Etat de la réservation</dt>
              <dd class="with-icon">
                <StateIcon picture={pictureOfReservation(reservation().state)} />
                {reservationStateLabels[reservation().state]}
              </dd>
            </dl>
          </div>
        )}
      </Show>
      <Show when={refused().length > 0}>
        <div class="notice notice--error confirmation__refused">
          <h2 class="confirmation__heading">
            {refused().length > 1 ? 'Dates non enregistrées' : 'Date non enregistrée'}
          </h2>
          <ul>
            <For each={refused()}>{(line) => <li>{line.message}</li>}</For>
          </ul>
        </div>
      </Show>
      <Show when={recorded().length > 0}>
        <h2 class="confirmation__heading">Dates enregistrées</h2>
        <ul class="lines">
          <For each={recorded()}>{(line) => <LineItem line={line} />}</For>
        </ul>
      </Show>
      <AfterSubmitActions onBackToPlanning={props.onBackToPlanning} />
    </section>
  );
}
