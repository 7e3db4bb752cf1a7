import { paymentOutcomeMessage } from '@portail/shared/payments/labels';
import { Match, Show, Switch } from 'solid-js';
import type { Query } from '../trpc/query.ts';
import type { PaymentOutcome as Outcome } from './data.ts';

const tone = (state: Outcome['state']) => {
  if (state === 'validated') return 'notice--success';
  if (state === 'created' || state === 'pending') return 'notice--info';
  return 'notice--error';
};

/**
 * Back from the bank (guide §6): « Le paiement de votre facture n°… a bien été pris en compte. Merci », or what
 * happened instead. A polite live region present from the start, so the message and its change from «en
 * attente» to «pris en compte» are read out.
 */
export function PaymentOutcome(props: { outcome: Query<Outcome>; onDismiss: () => void }) {
  return (
    <div role="status" class="pay-outcome">
      <Switch>
        <Match when={props.outcome.data()}>
          {(p) => (
            <div class={`notice ${tone(p().state)} pay-outcome__box`}>
              <p class="pay-outcome__message">{paymentOutcomeMessage(p().state, p().invoiceNumbers)}</p>
              <button type="button" class="button button--secondary button--small" onClick={props.onDismiss}>
                Masquer ce message
              </button>
            </div>
          )}
        </Match>
        <Match when={props.outcome.error()}>
          <div class="notice notice--info pay-outcome__box">
            <p>
              Le résultat de votre paiement n'a pas pu être lu pour l'instant : il apparaîtra dans la liste de
              vos paiements ci-dessous.
            </p>
          </div>
        </Match>
      </Switch>
      <Show when={props.outcome.loading() && !props.outcome.data()}>
        <p class="loading">Lecture du résultat de votre paiement…</p>
      </Show>
    </div>
  );
}
