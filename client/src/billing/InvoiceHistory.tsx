import { createMemo, For, Show } from 'solid-js';
import type { Invoice } from './data.ts';
import { InvoiceCard } from './InvoiceCard.tsx';
import { byId, groupBy } from './keyed.ts';

type Props = {
  invoices: Invoice[];
  beingPaid: ReadonlySet<number>;
  onDetail: (invoice: Invoice) => void;
};

const yearOf = (invoice: Invoice) => invoice.issueDate.slice(0, 4);

/** The invoices over the years, newest first, by year of issue (the year their number starts with). */
export function InvoiceHistory(props: Props) {
  const invoices = byId(() => props.invoices);
  const groups = createMemo(() => groupBy(invoices.ids(), (id) => yearOf(invoices.get(id) as Invoice)));
  const years = createMemo(() => [...groups().keys()].sort((a, b) => b.localeCompare(a)));
  return (
    <For each={years()}>
      {(year) => {
        const ids = () => groups().get(year) ?? [];
        return (
          <section class="invoice-year" aria-labelledby={`invoices-${year}`}>
            <h3 id={`invoices-${year}`} class="invoice-year__title">
              {year}
              <span class="invoice-year__count">
                {' '}
                – {ids().length} facture{ids().length > 1 ? 's' : ''}
              </span>
            </h3>
            <ul class="invoice-list">
              <For each={ids()}>
                {(id) => (
                  <Show when={invoices.get(id)}>
                    {(invoice) => (
                      <InvoiceCard
                        invoice={invoice()}
                        beingPaid={props.beingPaid.has(id)}
                        onDetail={() => props.onDetail(invoice())}
                      />
                    )}
                  </Show>
                )}
              </For>
            </ul>
          </section>
        );
      }}
    </For>
  );
}
