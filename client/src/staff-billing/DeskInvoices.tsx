import { formatEuros, formatMonthFr } from '@portail/shared/billing/format';
import { invoiceStateLabels } from '@portail/shared/billing/labels';
import { createSignal, For, Match, Show, Switch } from 'solid-js';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { Loading } from '../ui/Loading.tsx';
import { SelectField } from '../ui/SelectField.tsx';
import { createPreview, type Invoiced, pastMonths } from './data.ts';

const months = pastMonths(24).map((m) => ({ value: m, label: formatMonthFr(m) }));

type Props = { selected: Invoiced[]; onToggle: (invoice: Invoiced, on: boolean) => void };

/**
 * The invoices a desk payment settles, found by their month (the number the family brings is on the
 * invoice). One family per payment: once one is ticked, the other families' invoices are not offered.
 */
export function DeskInvoices(props: Props) {
  const [month, setMonth] = createSignal(months[0]?.value ?? '');
  const preview = createPreview(month);
  // While another month loads, the last one's list must not stay under the new month's name.
  const current = () => (preview.data()?.month === month() ? preview.data() : undefined);
  const open = () => (current()?.alreadyInvoiced ?? []).filter((i) => i.state !== 'paid');
  const family = () => props.selected[0]?.familyId;
  const isSelected = (i: Invoiced) => props.selected.some((s) => s.invoiceId === i.invoiceId);
  return (
    <fieldset class="staff-billing__choices desk-invoices">
      <legend>Factures réglées</legend>
      <SelectField
        id="desk-month"
        label="Mois facturé"
        options={months}
        value={month()}
        onChange={(event) => setMonth(event.currentTarget.value)}
      />
      <Switch fallback={<Loading label="Chargement des factures du mois…" />}>
        <Match when={preview.error()}>
          {(message) => <ErrorNotice message={message()} onRetry={preview.retry} busy={preview.loading()} />}
        </Match>
        <Match when={current() && open().length === 0}>
          <p>Aucune facture à payer pour ce mois.</p>
        </Match>
        <Match when={current()}>
          <For each={open()}>
            {(invoice) => (
              <label class="checkbox">
                <input
                  type="checkbox"
                  checked={isSelected(invoice)}
                  disabled={family() !== undefined && family() !== invoice.familyId}
                  onChange={(event) => props.onToggle(invoice, event.currentTarget.checked)}
                />
                <span>
                  Facture n° {invoice.number} – famille {invoice.reference}
                  {invoice.guardianName ? ` (${invoice.guardianName})` : ''} –{' '}
                  {formatEuros(invoice.totalCents)} – {invoiceStateLabels[invoice.state]}
                </span>
              </label>
            )}
          </For>
        </Match>
      </Switch>
      <Show when={props.selected.length > 0}>
        <p class="desk-invoices__chosen">
          Choisie{props.selected.length > 1 ? 's' : ''} :{' '}
          {props.selected.map((i) => `n° ${i.number}`).join(', ')} (famille {props.selected[0]?.reference}),
          total facturé {formatEuros(props.selected.reduce((sum, i) => sum + i.totalCents, 0))}.
        </p>
      </Show>
    </fieldset>
  );
}
