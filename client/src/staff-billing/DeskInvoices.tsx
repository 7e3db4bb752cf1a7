import { formatEuros, formatMonthFr } from '@portail/shared/billing/format';
import { invoiceStateLabels } from '@portail/shared/billing/labels';
import { For, Match, Show, Switch } from 'solid-js';
import type { Query } from '../trpc/query.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { Loading } from '../ui/Loading.tsx';
import type { DeskFamily, DeskInvoice } from './data.ts';
import { FamilyPicker } from './FamilyPicker.tsx';

type Props = {
  familyId: number | undefined;
  onFamily: (familyId?: number) => void;
  family: Query<DeskFamily>;
  selected: DeskInvoice[];
  onToggle: (invoice: DeskInvoice, on: boolean) => void;
};

const describe = (i: DeskInvoice) =>
  `Facture n° ${i.number} – ${formatMonthFr(i.month)} – reste ${formatEuros(i.remainingCents)} sur ${formatEuros(i.totalCents)} – ${invoiceStateLabels[i.displayState]}`;

/**
 * The invoices a desk payment settles: the family first (the parent at the counter gives a name or the
 * reference on the invoice), then its invoices still to pay, oldest first. Any agent may do it.
 */
export function DeskInvoices(props: Props) {
  // While another family loads, the last one's invoices must not stay under the new family's name.
  const current = () => {
    const data = props.family.data();
    return data?.familyId === props.familyId ? data : undefined;
  };
  const open = () => (current()?.invoices ?? []).filter((i) => i.remainingCents > 0);
  const isSelected = (i: DeskInvoice) => props.selected.some((s) => s.invoiceId === i.invoiceId);
  return (
    <fieldset class="staff-billing__choices desk-invoices">
      <legend>Factures réglées</legend>
      <FamilyPicker id="desk-family" value={props.familyId} onPick={props.onFamily} />
      <Show when={props.familyId !== undefined}>
        <Switch fallback={<Loading label="Chargement des factures de la famille…" />}>
          <Match when={props.family.error()}>
            {(message) => (
              <ErrorNotice message={message()} onRetry={props.family.retry} busy={props.family.loading()} />
            )}
          </Match>
          <Match when={current() && open().length === 0}>
            <p>Aucune facture à payer pour cette famille.</p>
          </Match>
          <Match when={current()}>
            <For each={open()}>
              {(invoice) => (
                <label class="checkbox">
                  <input
                    type="checkbox"
                    checked={isSelected(invoice)}
                    onChange={(event) => props.onToggle(invoice, event.currentTarget.checked)}
                  />
                  <span>{describe(invoice)}</span>
                </label>
              )}
            </For>
          </Match>
        </Switch>
      </Show>
      <Show when={props.selected.length > 0}>
        <p class="desk-invoices__chosen">
          Choisie{props.selected.length > 1 ? 's' : ''} :{' '}
          {props.selected.map((i) => `n° ${i.number}`).join(', ')}, reste à payer{' '}
          {formatEuros(props.selected.reduce((sum, i) => sum + i.remainingCents, 0))}.
        </p>
      </Show>
    </fieldset>
  );
}
