import { formatDateFr, formatEuros } from '@portail/shared/billing/format';
import {
  invoiceNumbersFr,
  paymentMethodLabels,
  paymentProviderLabels,
} from '@portail/shared/payments/labels';
import { For, Show } from 'solid-js';
import type { Payment } from './data.ts';
import { byId } from './keyed.ts';
import { StateTip } from './StateTip.tsx';
import { paymentLook } from './states.ts';

const howPaid = (p: Payment) =>
  [p.method ? paymentMethodLabels[p.method] : null, paymentProviderLabels[p.provider]]
    .filter(Boolean)
    .join(' · ');

/** « Le paiement s'affiche dans la liste » (guide §6): each payment, its invoices and its state. */
export function PaymentsList(props: { payments: Payment[] }) {
  const payments = byId(() => props.payments);
  return (
    <ul class="payment-list">
      <For each={payments.ids()}>
        {(id) => (
          <Show when={payments.get(id)}>
            {(p) => (
              <li class="payment-card" data-reference={p().reference}>
                <div class="payment-card__head">
                  <h3 class="payment-card__title">Paiement {p().reference}</h3>
                  <StateTip look={paymentLook(p().state)} prefix="État :" />
                </div>
                <p class="payment-card__what">
                  <span class="payment-card__amount">{formatEuros(p().amountCents)}</span> le{' '}
                  {formatDateFr(p().date)} – {howPaid(p())}
                </p>
                <p class="payment-card__invoices">
                  {p().invoices.length > 1 ? 'Factures' : 'Facture'}{' '}
                  {invoiceNumbersFr(p().invoices.map((i) => i.number))}
                </p>
              </li>
            )}
          </Show>
        )}
      </For>
    </ul>
  );
}
