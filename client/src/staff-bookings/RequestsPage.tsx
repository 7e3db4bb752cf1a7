import { createEffect, createMemo, createSignal, Match, on, Show, Switch } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { usePageTitle } from '../app/title.ts';
import { useLiveRefresh } from '../live/refresh.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { Loading } from '../ui/Loading.tsx';
import { DecisionForm } from './DecisionForm.tsx';
import { createRequests, createSetup, type RequestFilters, type RequestLine } from './data.ts';
import { liveChangeMessage } from './liveChanges.ts';
import { RequestFiltersForm } from './RequestFilters.tsx';
import { RequestsTable } from './RequestsTable.tsx';
import '../bookings/bookings.css';
import './requests.css';

/**
 * /agents/demandes «Demandes à traiter»: the booking and cancellation requests waiting for staff. Live: a new
 * request appears, one a colleague decided goes, places left follow the bookings, without reloading.
 */
export function RequestsPage() {
  usePageTitle(() => 'Demandes à traiter');
  const [filters, setFilters] = createSignal<RequestFilters>({});
  const [selected, setSelected] = createSignal<ReadonlySet<number>>(new Set());
  const [result, setResult] = createSignal('');
  const [news, setNews] = createSignal('');
  const [conflict, setConflict] = createSignal('');
  const requests = createRequests(filters);
  const setup = createSetup();

  // Keyed by line: rows that stay keep their elements (and the focus) when the list is read again.
  const [lines, setLines] = createStore<RequestLine[]>([]);
  /** Lines this agent decided: their leaving the list is no news. */
  const mine = new Set<number>();
  let liveRead = false;
  createEffect(
    on(
      () => requests.data(),
      (next, previous) => {
        if (!next || next === previous) return; // the same list while it is read again
        const change = liveRead && previous ? liveChangeMessage(previous, next, mine) : undefined;
        if (change) setNews(change);
        liveRead = false;
        setLines(reconcile(next, { key: 'lineId' }));
      },
    ),
  );
  // Places left change with any booking on a listed line's day; other days' bookings change nothing here.
  const listedCells = createMemo(() => new Set((requests.data() ?? []).map((l) => `${l.unit.id}|${l.date}`)));
  useLiveRefresh(
    ['reservation.submitted', 'reservation.decided', 'occupancy.changed'],
    () => {
      liveRead = true;
      requests.retry();
    },
    (event) =>
      event.type !== 'occupancy.changed' ||
      event.cells.some((c) => listedCells().has(`${c.unitId}|${c.date}`)),
  );

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
    liveRead = false; // another list: nothing to compare
    setResult('');
    setNews('');
    setConflict('');
    setFilters(next);
  };
  const deciding = (lineIds: number[]) => {
    setConflict('');
    for (const id of lineIds) mine.add(id);
  };
  const decided = (message: string) => {
    setSelected(new Set<number>());
    setResult(message);
    requests.retry();
  };
  /** A colleague was quicker (or the day filled up): say so, and show the list as it is now. */
  const conflicted = (message: string) => {
    setResult('');
    setConflict(message);
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
      <p role="status" class="requests__news">
        {news()}
      </p>
      <Show when={conflict()}>
        <p class="notice notice--error" role="alert">
          {conflict()}
        </p>
      </Show>
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
          <div class="requests" aria-busy={requests.loading()}>
            <p class="requests__count">
              {lines.length} demande{lines.length > 1 ? 's' : ''}, de la plus ancienne à la plus récente.
            </p>
            <RequestsTable lines={lines} selected={selected()} onSelect={select} />
            <DecisionForm
              selected={selectedIds()}
              onDeciding={deciding}
              onDecided={decided}
              onConflict={conflicted}
            />
          </div>
        </Match>
      </Switch>
    </div>
  );
}
