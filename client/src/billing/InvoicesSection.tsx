import { formatEuros } from '@portail/shared/billing/format';
import { isPayable } from '@portail/shared/billing/status';
import { Match, Show, Switch } from 'solid-js';
import type { Query } from '../trpc/query.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { Loading } from '../ui/Loading.tsx';
import type { Invoice } from './data.ts';
import { InvoiceHistory } from './InvoiceHistory.tsx';
import { Legend } from './Legend.tsx';
import { invoiceLegend } from './states.ts';

type Props = {
  invoices: Query<Invoice[]>;
  beingPaid: ReadonlySet<number>;
  onDetail: (invoice: Invoice) => void;
};

/** « Voir l'ensemble des factures » (guide §6), with the legend of their icons. */
export function InvoicesSection(props: Props) {
  const q = () => props.invoices;
  const toPay = () => (q().data() ?? []).filter(isPayable);
  const summary = () => {
    const n = toPay().length;
    const late = toPay().filter((i) => i.displayState === 'overdue').length;
    const left = formatEuros(toPay().reduce((sum, i) => sum + i.remainingCents, 0));
    return `${n} facture${n > 1 ? 's' : ''} à payer, pour ${left}${late ? `, dont ${late} en retard` : ''}.`;
  };
  return (
    <section
      class="billing-section"
      aria-labelledby="invoices-title"
      aria-busy={q().loading() && !q().data()}
    >
      <div class="billing-list-top">
        <h2 id="invoices-title">Mes factures</h2>
        <Legend items={invoiceLegend} label="Légende des factures" />
      </div>
      <Show when={toPay().length > 0}>
        <p class="billing-summary">{summary()}</p>
      </Show>
      <Switch fallback={<Loading label="Chargement de vos factures…" />}>
        <Match when={q().error() && !q().data()}>
          <ErrorNotice message={q().error() ?? ''} onRetry={q().retry} busy={q().loading()} />
        </Match>
        <Match when={q().data()?.length === 0}>
          <p class="notice notice--info">Aucune facture pour le moment.</p>
        </Match>
        <Match when={q().data()}>
          {(list) => (
            <InvoiceHistory invoices={list()} beingPaid={props.beingPaid} onDetail={props.onDetail} />
          )}
        </Match>
      </Switch>
    </section>
  );
}
