import { formatDayFr } from '@portail/shared/bookings/labels';
import type { PlanningContext, SubmitReservationInput } from '@portail/shared/bookings/planning';
import { For, onCleanup, Show } from 'solid-js';
import { useOffline } from '../offline/OfflineProvider.tsx';
import { OutboxAnswer } from '../offline/OutboxAnswer.tsx';
import { AfterSubmitActions } from './AfterSubmitActions.tsx';
import { actionLabels } from './LineItem.tsx';

/**
 * «Confirmer la réservation» without a connection: the reservation waits on the device and leaves by itself.
 * Once the server has answered, its answer shows here (and at the top of every page until read).
 */
export function QueuedStep(props: {
  input: SubmitReservationInput;
  ctx: PlanningContext;
  onBackToPlanning: () => void;
}) {
  const offline = useOffline();
  onCleanup(offline.outbox.claim(props.input.clientMutationId));
  const entry = () => offline.outbox.entries().find((e) => e.id === props.input.clientMutationId);
  const answered = () => {
    const e = entry();
    return e?.status === 'answered' ? e : undefined;
  };
  // Read here: it need not wait at the top of the next pages.
  onCleanup(() => answered() && offline.outbox.dismiss(props.input.clientMutationId));
  const unitName = (unitId: number) => props.ctx.units.find((u) => u.id === unitId)?.name ?? '';

  return (
    <section class="confirmation" aria-labelledby="step-title">
      <div role="status">
        <Show
          when={answered()}
          fallback={
            <div class="notice notice--info">
              <p>
                <strong>Sera envoyée dès le retour de la connexion.</strong>
              </p>
              <p>
                Votre réservation est gardée sur cet appareil. Elle partira d’elle-même, même si vous fermez
                l’application entre-temps ; la réponse du service s’affichera ici et en haut des pages du
                portail.
              </p>
            </div>
          }
        >
          {(e) => <OutboxAnswer entry={e()} headingLevel={2} />}
        </Show>
      </div>
      <h2 class="confirmation__heading">Dates demandées</h2>
      <ul class="lines">
        <For each={props.input.lines}>
          {(line) => (
            <li class="lines__item">
              <span class="lines__date">{formatDayFr(line.date)}</span>
              <span class="lines__unit">{unitName(line.unitId)}</span>
              <span class="lines__action">{actionLabels[line.action]}</span>
            </li>
          )}
        </For>
      </ul>
      <AfterSubmitActions onBackToPlanning={props.onBackToPlanning} />
    </section>
  );
}
