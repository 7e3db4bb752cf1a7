import { formatDateFr, formatEuros, formatMonthFr } from '@portail/shared/billing/format';
import { Show } from 'solid-js';
import type { Invoice } from './data.ts';
import { PdfButton } from './PdfButton.tsx';
import { StateTip } from './StateTip.tsx';
import { invoiceLook } from './states.ts';

type Props = {
  invoice: Invoice;
  /** A payment of it waits for the bank. */
  beingPaid: boolean;
  onDetail: () => void;
};

/** One line of « Mes factures »: its number, month, dates, amount and state, its detail and its PDF. */
export function InvoiceCard(props: Props) {
  const i = () => props.invoice;
  return (
    <li class="invoice-card">
      <div class="invoice-card__head">
        <h4 class="invoice-card__title">Facture n° {i().number}</h4>
        <StateTip look={invoiceLook(i().displayState)} prefix="État :" />
      </div>
      <p class="invoice-card__month">Prestations de {formatMonthFr(i().month)}</p>
      <dl class="invoice-card__facts">
        <div>
          <dt>Émise le</dt>
          <dd>{formatDateFr(i().issueDate)}</dd>
        </div>
        <div>
          <dt>Échéance</dt>
          <dd>{formatDateFr(i().dueDate)}</dd>
        </div>
        <div>
          <dt>Montant</dt>
          <dd class="invoice-card__amount">{formatEuros(i().totalCents)}</dd>
        </div>
        <Show when={i().paidCents > 0 && i().remainingCents > 0}>
          <div>
            <dt>Reste à payer</dt>
            <dd>{formatEuros(i().remainingCents)}</dd>
          </div>
        </Show>
      </dl>
      <Show when={props.beingPaid}>
        <p class="invoice-card__note">Un paiement de cette facture attend la réponse de la banque.</p>
      </Show>
      <Show when={i().replacedBy}>
        {(by) => <p class="invoice-card__note">Remplacée par la facture n° {by().number}.</p>}
      </Show>
      <Show when={i().replaces}>
        {(old) => <p class="invoice-card__note">Remplace la facture n° {old().number}.</p>}
      </Show>
      <div class="invoice-card__actions">
        <button type="button" class="button button--secondary button--small" onClick={() => props.onDetail()}>
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
            <circle cx="10.5" cy="10.5" r="6" fill="none" stroke="currentColor" stroke-width="2" />
            <path d="m15 15 5.5 5.5" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
          </svg>
          Détail<span class="visually-hidden"> de la facture n° {i().number}</span>
        </button>
        <PdfButton number={i().number} path={i().pdfUrl} />
      </div>
    </li>
  );
}
