import { formatEuros, formatMonthFr } from '@portail/shared/billing/format';
import { invoiceStateLabels } from '@portail/shared/billing/labels';
import { For, Show } from 'solid-js';
import type { Invoice } from './data.ts';
import { byId } from './keyed.ts';

type Props = {
  formId: string;
  payable: Invoice[];
  selected: ReadonlySet<number>;
  onToggle: (id: number, on: boolean) => void;
  onSubmit: () => void;
  error: string;
};

/** « La liste des factures s'affiche ; cochez la (les) facture(s) que vous souhaitez payer » (guide §6). */
export function PaymentChoices(props: Props) {
  const invoices = byId(() => props.payable);
  const errorId = `${props.formId}-error`;
  return (
    <form
      id={props.formId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      <fieldset class="pay-choices" aria-describedby={props.error ? errorId : undefined}>
        <legend class="pay-choices__legend">Cochez la (les) facture(s) que vous souhaitez payer</legend>
        <For each={invoices.ids()}>
          {(id) => (
            <Show when={invoices.get(id)}>
              {(invoice) => (
                <label class="pay-choice">
                  <input
                    type="checkbox"
                    name="invoice"
                    value={id}
                    checked={props.selected.has(id)}
                    onChange={(event) => props.onToggle(id, event.currentTarget.checked)}
                  />
                  <span class="pay-choice__text">
                    <span class="pay-choice__number">Facture n° {invoice().number}</span>
                    <span>
                      {' '}
                      – {formatMonthFr(invoice().month)} – {formatEuros(invoice().remainingCents)}
                    </span>
                    <Show when={invoice().displayState === 'overdue'}>
                      <span class="pay-choice__late"> ({invoiceStateLabels.overdue})</span>
                    </Show>
                  </span>
                </label>
              )}
            </Show>
          )}
        </For>
        <Show when={props.error}>
          <p class="field__error" id={errorId}>
            {props.error}
          </p>
        </Show>
      </fieldset>
    </form>
  );
}
