import { Match, Switch } from 'solid-js';
import type { Query } from '../trpc/query.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { Loading } from '../ui/Loading.tsx';
import type { Payment } from './data.ts';
import { Legend } from './Legend.tsx';
import { PaymentsList } from './PaymentsList.tsx';
import { paymentLegend } from './states.ts';

/** « Le paiement s'affiche dans la liste » (guide §6), newest first, with the legend of their icons. */
export function PaymentsSection(props: { payments: Query<Payment[]> }) {
  const q = () => props.payments;
  return (
    <section
      class="billing-section"
      aria-labelledby="payments-title"
      aria-busy={q().loading() && !q().data()}
    >
      <div class="billing-list-top">
        <h2 id="payments-title">Mes paiements</h2>
        <Legend items={paymentLegend} label="Légende des paiements" />
      </div>
      <Switch fallback={<Loading label="Chargement de vos paiements…" />}>
        <Match when={q().error() && !q().data()}>
          <ErrorNotice message={q().error() ?? ''} onRetry={q().retry} busy={q().loading()} />
        </Match>
        <Match when={q().data()?.length === 0}>
          <p class="notice notice--info">Aucun paiement pour le moment.</p>
        </Match>
        <Match when={q().data()}>{(list) => <PaymentsList payments={list()} />}</Match>
      </Switch>
    </section>
  );
}
