import { createSignal, Match, Switch } from 'solid-js';
import { usePageTitle } from '../app/title.ts';
import { followBilling } from '../billing/follow.ts';
import { isWaiting } from '../billing/states.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { Loading } from '../ui/Loading.tsx';
import { DeskPayment } from './DeskPayment.tsx';
import { createMonitor, type MonitorFilters } from './data.ts';
import { Exports } from './Exports.tsx';
import { MonitorFiltersForm } from './MonitorFilters.tsx';
import { MonitorTable } from './MonitorTable.tsx';
import '../billing/billing.css';
import './staff-billing.css';

/** /agents/paiements «Suivi des paiements»: online and desk payments as the bank answers, desk, exports. */
export function PaymentsPage() {
  usePageTitle(() => 'Suivi des paiements');
  const [filters, setFilters] = createSignal<MonitorFilters>({});
  const monitor = createMonitor(filters);
  followBilling({
    waiting: () => (monitor.data() ?? []).some((p) => isWaiting(p.state)),
    refresh: monitor.retry,
  });
  const count = () => {
    const n = monitor.data()?.length ?? 0;
    return n === 0
      ? 'Aucun paiement pour ces critères.'
      : `${n} paiement${n > 1 ? 's' : ''}, du plus récent au plus ancien.`;
  };
  return (
    <div class="container page staff-billing">
      <h1>Suivi des paiements</h1>
      <MonitorFiltersForm filters={filters()} onChange={setFilters} />
      <Switch fallback={<Loading label="Chargement des paiements…" />}>
        <Match when={monitor.error()}>
          {(message) => <ErrorNotice message={message()} onRetry={monitor.retry} busy={monitor.loading()} />}
        </Match>
        <Match when={monitor.data()}>
          {(rows) => (
            <>
              <p class="staff-billing__summary">{count()}</p>
              <MonitorTable rows={rows()} />
            </>
          )}
        </Match>
      </Switch>
      <DeskPayment onRecorded={monitor.retry} />
      <Exports />
    </div>
  );
}
