import { formatEuros, formatMonthFr } from '@portail/shared/billing/format';
import { invoiceNumbersFr } from '@portail/shared/payments/labels';
import { For } from 'solid-js';
import type { PaymentRecap as Recap } from './data.ts';

/** « Vous voyez le numéro de facture et le montant qui sera débité sur votre compte » (guide §6). */
export function PaymentRecap(props: { recap: Recap; headingRef?: (el: HTMLHeadingElement) => void }) {
  const several = () => props.recap.invoices.length > 1;
  return (
    <section class="pay-recap" aria-labelledby="pay-recap-title">
      <h3 id="pay-recap-title" ref={props.headingRef} tabIndex={-1}>
        Récapitulatif
      </h3>
      <p>
        Vous allez payer {several() ? 'les factures' : 'la facture'}{' '}
        {invoiceNumbersFr(props.recap.invoiceNumbers)} :
      </p>
      <ul class="pay-recap__list">
        <For each={props.recap.invoices}>
          {(i) => (
            <li>
              <span>
                Facture n° {i.number} ({formatMonthFr(i.month)})
              </span>
              <span class="table__nowrap">{formatEuros(i.remainingCents)}</span>
            </li>
          )}
        </For>
      </ul>
      <p class="pay-recap__total">
        Montant qui sera débité : <strong>{formatEuros(props.recap.amountCents)}</strong>
      </p>
      <p class="pay-recap__next">
        « Continuer » vous mène à la page sécurisée de la banque pour régler par carte. À la fin du paiement,
        vous revenez sur cette page, qui vous dit si votre paiement est pris en compte.
      </p>
    </section>
  );
}
