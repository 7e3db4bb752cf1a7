import { formatDateFr, formatEuros, formatMonthFr } from '@portail/shared/billing/format';
import { paymentStateLabels } from '@portail/shared/payments/labels';
import { For, Match, Show, Switch } from 'solid-js';
import { Dialog } from '../ui/Dialog.tsx';
import { Loading } from '../ui/Loading.tsx';
import { createInvoiceDetail, type Invoice } from './data.ts';
import { InvoiceLines } from './InvoiceDetail.tsx';
import { PdfButton } from './PdfButton.tsx';
import { StateTip } from './StateTip.tsx';
import { invoiceLook } from './states.ts';

/** « Une fenêtre s'ouvre » (guide §6): an invoice's detail, its payments and its PDF. */
export function InvoiceDialog(props: { invoice: Invoice | undefined; onClose: () => void }) {
  const detail = createInvoiceDetail(() => props.invoice?.id);
  const payments = () => (detail.data()?.id === props.invoice?.id ? detail.data()?.payments : undefined);
  return (
    <Dialog
      open={Boolean(props.invoice)}
      title={props.invoice ? `Facture n° ${props.invoice.number}` : 'Facture'}
      onClose={props.onClose}
      wide
    >
      <Show when={props.invoice}>
        {(invoice) => (
          <>
            <div class="invoice-detail__head">
              <p>
                Prestations de {formatMonthFr(invoice().month)}, émise le {formatDateFr(invoice().issueDate)},
                à payer avant le {formatDateFr(invoice().dueDate)}.
              </p>
              <StateTip look={invoiceLook(invoice().displayState)} prefix="État :" />
            </div>
            <InvoiceLines invoice={invoice()} />
            <h3 class="invoice-detail__subtitle">Paiements de cette facture</h3>
            <Switch fallback={<Loading label="Chargement des paiements…" />}>
              <Match when={detail.error()}>
                <p class="notice notice--error">{detail.error()}</p>
              </Match>
              <Match when={payments()?.length === 0}>
                <p>Aucun paiement pour cette facture.</p>
              </Match>
              <Match when={payments()}>
                {(list) => (
                  <ul class="plain-list">
                    <For each={list()}>
                      {(p) => (
                        <li>
                          {p.reference} – {formatEuros(p.amountCents)} – {paymentStateLabels[p.state]}
                        </li>
                      )}
                    </For>
                  </ul>
                )}
              </Match>
            </Switch>
            <PdfButton number={invoice().number} path={invoice().pdfUrl} />
          </>
        )}
      </Show>
    </Dialog>
  );
}
