import { A, useSearchParams } from '@solidjs/router';
import { createSignal, Match, onCleanup, Switch } from 'solid-js';
import { paths } from '../app/paths.ts';
import { usePageTitle } from '../app/title.ts';
import { read, trpc } from '../trpc/client.ts';
import { createSourcedQuery } from '../trpc/query.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { Loading } from '../ui/Loading.tsx';
import { TextField } from '../ui/TextField.tsx';
import { FamiliesTable } from './FamiliesTable.tsx';
import './families.css';

const TYPING_PAUSE_MS = 300;

/** /agents «Familles»: find a family by its reference, a guardian or a child. The words stay in the address. */
export function FamiliesPage() {
  usePageTitle(() => 'Familles');
  const [params, setParams] = useSearchParams<{ q?: string }>();
  const [typed, setTyped] = createSignal(params.q ?? '');
  const query = () => (params.q ?? '').trim();
  const families = createSourcedQuery(
    () => ({ query: query() }),
    (input) => read((options) => trpc.families.search.query(input, options)),
  );

  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  const search = (value: string) =>
    setParams({ q: value.trim() || undefined }, { replace: true, scroll: false });
  const onInput = (value: string) => {
    setTyped(value);
    clearTimeout(timer);
    timer = setTimeout(() => search(value), TYPING_PAUSE_MS);
  };

  const count = () => {
    const found = families.data()?.length ?? 0;
    if (!query()) return 'Les familles créées le plus récemment.';
    if (found === 0) return `Aucune famille ne correspond à « ${query()} ».`;
    return found === 1
      ? '1 famille trouvée.'
      : `${found} familles trouvées${found >= 50 ? ' (les 50 premières)' : ''}.`;
  };

  return (
    <div class="container page">
      <div class="page-head">
        <h1>Familles</h1>
        <A href={paths.newFamily} class="button">
          Nouvelle famille
        </A>
      </div>
      <form
        class="search"
        onSubmit={(event) => {
          event.preventDefault();
          clearTimeout(timer);
          search(typed());
        }}
      >
        <TextField
          id="families-query"
          label="Rechercher une famille"
          hint="Référence du dossier, nom, prénom ou e-mail d'un responsable, prénom ou nom d'un enfant."
          type="search"
          autocomplete="off"
          spellcheck={false}
          value={typed()}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
        <button type="submit" class="button">
          Rechercher
        </button>
      </form>
      <p role="status" class="search__count">
        {families.data() ? count() : ''}
      </p>
      <Switch fallback={<Loading label="Recherche des familles…" />}>
        <Match when={families.error()}>
          {(message) => (
            <ErrorNotice message={message()} onRetry={families.retry} busy={families.loading()} />
          )}
        </Match>
        <Match when={families.data()?.length === 0}>{null}</Match>
        <Match when={families.data()}>{(list) => <FamiliesTable families={list()} />}</Match>
      </Switch>
    </div>
  );
}
