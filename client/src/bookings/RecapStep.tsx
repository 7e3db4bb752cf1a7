import { reservationStateLabels } from '@portail/shared/bookings/labels';
import { For, Show } from 'solid-js';
import { LineItem } from './LineItem.tsx';
import { expectedState, type RecapLine } from './recap.ts';
import { pictureOfReservation, StateIcon } from './StateIcon.tsx';
import type { PlanningView } from './types.ts';

type Props = {
  view: PlanningView;
  lines: RecapLine[];
  sending: boolean;
  error: string;
  /** No connection now: «Confirmer» keeps the reservation on the device until it can be sent. */
  offline: boolean;
  onBack: () => void;
  onConfirm: () => void;
};

/** Guide §4 and §5: «Merci de vérifier les informations saisies avant de confirmer votre réservation». */
export function RecapStep(props: Props) {
  const state = () => expectedState(props.lines);
  return (
    <section class="recap" aria-labelledby="step-title">
      <p class="lead">Merci de vérifier les informations saisies avant de confirmer votre réservation.</p>
      <div class="card recap__summary">
        <h2 class="recap__heading">Votre sélection</h2>
        <p class="recap__selection">
          {props.view.facility.name} / {props.view.context.period.name}
        </p>
        <ul class="recap__facts">
          <li>
            Enfant : {props.view.child.firstName} {props.view.child.lastName}
          </li>
          <li>
            Référent : {props.view.referent.firstName} {props.view.referent.lastName}
          </li>
          <Show when={state()}>
            {(s) => (
              <li class="recap__state">
                Etat de la réservation : <StateIcon picture={pictureOfReservation(s())} />
                <strong>{reservationStateLabels[s()]}</strong>
              </li>
            )}
          </Show>
        </ul>
      </div>
      <h2 class="recap__heading">Récapitulatif de votre demande</h2>
      <ul class="lines">
        <For each={props.lines}>{(line) => <LineItem line={line} />}</For>
      </ul>
      <Show when={props.error}>
        <p class="notice notice--error" role="alert">
          {props.error}
        </p>
      </Show>
      <Show when={props.offline}>
        <p class="notice notice--info">
          Vous êtes hors ligne : en confirmant, votre réservation est gardée sur cet appareil et sera envoyée
          d’elle-même dès le retour de la connexion.
        </p>
      </Show>
      <p role="status" class="recap__progress">
        {props.sending ? 'Envoi de votre réservation en cours…' : ''}
      </p>
      <div class="actions">
        <button
          type="button"
          class="button button--secondary"
          disabled={props.sending}
          onClick={() => props.onBack()}
        >
          Retour au planning
        </button>
        <button type="button" class="button" disabled={props.sending} onClick={() => props.onConfirm()}>
          Confirmer la réservation
        </button>
      </div>
    </section>
  );
}
