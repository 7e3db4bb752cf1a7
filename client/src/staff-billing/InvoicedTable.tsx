import { formatEuros } from '@portail/shared/billing/format';
import { invoiceStateLabels } from '@portail/shared/billing/labels';
import { createSignal, For, Show } from 'solid-js';
import { PdfButton } from '../billing/PdfButton.tsx';
import { FormStatus } from '../ui/FormFeedback.tsx';
import { CancelInvoice } from './CancelInvoice.tsx';
import type { Invoiced } from './data.ts';
import { Reissue } from './Reissue.tsx';

type Cancelled = { invoiceId: number; number: string };

/**
 * The month's invoices already issued, apart: a difference with what the planning bills today means a
 * correction since (an absence, a cancellation) — the invoice is then cancelled and reissued.
 */
export function InvoicedTable(props: { rows: Invoiced[]; onChanged: () => void }) {
  const [cancelled, setCancelled] = createSignal<Cancelled[]>([]);
  const [status, setStatus] = createSignal('');
  const onCancelled = (c: Cancelled) => {
    setCancelled([...cancelled().filter((x) => x.invoiceId !== c.invoiceId), c]);
    setStatus(
      `La facture n° ${c.number} est annulée. Rééditez-la ci-dessous pour en émettre le remplacement.`,
    );
    props.onChanged();
  };
  return (
    <>
      <h3 class="staff-billing__subtitle">Déjà facturées</h3>
      <Show when={props.rows.length > 0} fallback={<p>Aucune facture émise pour ce mois.</p>}>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
        <section class="table-scroll" aria-labelledby="invoiced-caption" tabIndex={0}>
          <table class="table staff-table">
            <caption id="invoiced-caption" class="visually-hidden">
              Factures déjà émises pour ce mois
            </caption>
            <thead>
              <tr>
                <th scope="col">Facture</th>
                <th scope="col">Famille</th>
                <th scope="col">État</th>
                <th scope="col" class="num">
                  Montant
                </th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.rows}>
                {(row) => (
                  <tr>
                    <th scope="row">n° {row.number}</th>
                    <td>
                      {row.reference}
                      <span class="table__sub">{row.guardianName}</span>
                    </td>
                    <td>{invoiceStateLabels[row.state]}</td>
                    <td class="num table__nowrap">
                      {formatEuros(row.totalCents)}
                      <Show when={row.recomputedTotalCents !== row.totalCents}>
                        <span class="table__sub staff-table__diff">
                          Recalculé aujourd'hui : {formatEuros(row.recomputedTotalCents)}
                        </span>
                      </Show>
                    </td>
                    <td class="staff-table__actions">
                      <PdfButton number={row.number} path={`/files/invoices/${row.invoiceId}.pdf`} />
                      <Show when={row.state === 'unpaid'}>
                        <CancelInvoice invoice={row} onCancelled={onCancelled} />
                      </Show>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </section>
      </Show>
      <FormStatus message={status()} />
      <Show when={cancelled().length > 0}>
        <h3 class="staff-billing__subtitle">Annulées, à rééditer</h3>
        <ul class="plain-list">
          <For each={cancelled()}>{(c) => <Reissue invoice={c} onDone={props.onChanged} />}</For>
        </ul>
      </Show>
    </>
  );
}
