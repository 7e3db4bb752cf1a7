import { createEffect, For, Match, Show, Switch } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { usePageTitle } from '../app/title.ts';
import { useSession } from '../auth/SessionProvider.tsx';
import { read, trpc } from '../trpc/client.ts';
import { createQuery } from '../trpc/query.ts';
import { AddInPlace } from '../ui/AddInPlace.tsx';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { Loading } from '../ui/Loading.tsx';
import { ClosuresSection } from './ClosuresSection.tsx';
import { FacilityForm } from './FacilityForm.tsx';
import { FacilityPanel } from './FacilityPanel.tsx';
import type { Setup } from './format.ts';
import { MunicipalitySection } from './MunicipalitySection.tsx';
import './setup.css';

/** /agents/parametrage: facilities, units, periods and closures; admins add and edit them, agents read them. */
export function SetupPage() {
  usePageTitle(() => 'Paramétrage');
  const session = useSession();
  const canEdit = () => session.profile()?.role === 'admin';
  const query = createQuery(() => read((options) => trpc.setup.get.query(undefined, options)));
  // Reconciled by id, so a save does not rebuild the page: open panels and focus stay where they were.
  const [setup, setSetup] = createStore<{ value?: Setup }>({});
  createEffect(() => {
    const data = query.data();
    if (data) setSetup('value', reconcile(data, { key: 'id' }));
  });
  return (
    <div class="container page">
      <h1>Paramétrage</h1>
      <p class="lead">
        La fiche du service, les établissements, leurs unités avec les délais de traitement, les périodes de
        réservation et les jours de fermeture.
      </p>
      <MunicipalitySection canEdit={canEdit()} />
      <Switch fallback={<Loading label="Chargement du paramétrage…" />}>
        <Match when={setup.value}>
          {(value) => (
            <>
              <Show when={value().facilities.length === 0}>
                <p class="notice">
                  {canEdit()
                    ? 'Aucun établissement pour le moment : ajoutez le premier, puis ses unités et ses périodes.'
                    : 'Aucun établissement n’est encore paramétré : un administrateur du service les ajoute ici.'}
                </p>
              </Show>
              <For each={value().facilities}>
                {(facility) => (
                  <FacilityPanel facility={facility} canEdit={canEdit()} onSaved={query.retry} />
                )}
              </For>
              <Show when={canEdit()}>
                <AddInPlace class="setup-card" label="Ajouter un établissement" primary>
                  {(close) => (
                    <FacilityForm
                      onSaved={() => {
                        query.retry();
                        close();
                      }}
                      onCancel={close}
                    />
                  )}
                </AddInPlace>
              </Show>
              <ClosuresSection
                closures={value().closures}
                facilities={value().facilities}
                canEdit={canEdit()}
                onSaved={query.retry}
              />
            </>
          )}
        </Match>
        <Match when={query.error()}>
          {(message) => <ErrorNotice message={message()} onRetry={query.retry} busy={query.loading()} />}
        </Match>
      </Switch>
    </div>
  );
}
