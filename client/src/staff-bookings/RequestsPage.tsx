import { createSignal, Match, Switch } from 'solid-js';
import { usePageTitle } from '../app/title.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { Loading } from '../ui/Loading.tsx';
import { DecisionForm } from './DecisionForm.tsx';
import { createRequests, createSetup, type RequestFilters } from './data.ts';
import { RequestFiltersForm } from './RequestFilters.tsx';
import { RequestsTable } from './RequestsTable.tsx';
import '../bookings/bookings.css';
import './requests.css';

/** /agents/demandes «Demandes à traiter»: the booking and cancellation requests waiting for staff. */
export function RequestsPage() {
  usePageTitle(() => 'Demandes à traiter');
  const [filters, setFilters] = createSignal<RequestFilters>({});
  const [selected, setSelected] = createSignal<ReadonlySet<number>>(new Set());
  const [result, setResult] = createSignal('');
  const requests = createRequests(filters);
  const setup = createSetup();

  const children = new Map<number, string>();
  const knownChildren = () => {
    for (const line of requests.data() ?? [])
      children.set(line.child.id, `${line.child.firstName} ${line.child.lastName}`);
    return [...children]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  };
  // Only what is still listed can be decided.
  const selectedIds = () => (requests.data() ?? []).map((l) => l.lineId).filter((id) => selected().has(id));

  const select = (ids: number[], on: boolean) => {
    const next = new Set(selected());
    for (const id of ids) on ? next.add(id) : next.delete(id);
    setSelected(next);
  };
  const changeFilters = (next: RequestFilters) => {
    setResult('');
    setFilters(next);
  };
  const decided = (message: string) => {
    setSelected(new Set<number>());
    setResult(message);
    requests.retry();
  };

  return (
    <div class="container page bookings">
      <h1>Demandes à traiter</h1>
      <RequestFiltersForm
        filters={filters()}
        setup={setup.data()}
        children={knownChildren()}
        onChange={changeFilters}
      />
      <p role="status" class="requests__result">
        {result()}
      </p>
      <Switch fallback={<Loading label="Chargement des demandes…" />}>
        <Match when={requests.error()}>
          {(message) => (
            <ErrorNotice message={message()} onRetry={requests.retry} busy={requests.loading()} />
          )}
        </Match>
        <Match when={requests.data()?.length === 0}>
          <p class="notice notice--info">Aucune demande à traiter pour ces critères.</p>
        </Match>
        <Match when={requests.data()}>
          {(lines) => (
            <div class="requests">
              <p class="requests__count">
                {lines().length} demande{lines().length > 1 ? 's' : ''}, de la plus ancienne à la plus
                récente.
              </p>
              <RequestsTable lines={lines()} selected={selected()} onSelect={select} />
              <DecisionForm selected={selectedIds()} onDecided={decided} />
            </div>
          )}
        </Match>
      </Switch>
    </div>
  );
}
