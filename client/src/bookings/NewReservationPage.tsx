import { schoolLevelLabels } from '@portail/shared/bookings/schema';
import { useSearchParams } from '@solidjs/router';
import { For, Match, Show, Switch } from 'solid-js';
import { usePageTitle } from '../app/title.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { Loading } from '../ui/Loading.tsx';
import { ChoicesStep } from './ChoicesStep.tsx';
import { createChildren } from './data.ts';
import { SejContact } from './SejContact.tsx';
import type { BookingChild } from './types.ts';
import './bookings.css';

/**
 * Guide §4 «Nouvelle réservation»: the family's children; a click on one shows the facilities open to that
 * child and their periods, then «Continuer» opens the planning. The child is in the address (?enfant=),
 * so that the browser's back button returns to the list.
 */
export function NewReservationPage() {
  usePageTitle(() => 'Nouvelle réservation');
  const children = createChildren();
  const [search, setSearch] = useSearchParams<{ enfant?: string }>();
  const selected = () => children.data()?.find((c) => String(c.id) === search.enfant);

  return (
    <div class="container page bookings">
      <h1>Nouvelle réservation</h1>
      <Switch fallback={<Loading label="Chargement de vos enfants…" />}>
        <Match when={children.error()}>
          {(message) => (
            <ErrorNotice message={message()} onRetry={children.retry} busy={children.loading()} />
          )}
        </Match>
        <Match when={children.data()?.length === 0}>
          <div class="notice notice--info">
            <p>
              Aucun enfant n'est enregistré dans votre dossier : rapprochez-vous du secrétariat du Service
              Enfance Jeunesse.
            </p>
            <SejContact />
          </div>
        </Match>
        <Match when={children.data()}>
          {(list) => (
            <>
              <ChildList
                children={list()}
                selectedId={selected()?.id}
                onSelect={(id) => setSearch({ enfant: String(id) })}
              />
              <Show when={selected()} keyed>
                {(child) => <ChoicesStep child={child} />}
              </Show>
            </>
          )}
        </Match>
      </Switch>
    </div>
  );
}

function ChildList(props: {
  children: BookingChild[];
  selectedId: number | undefined;
  onSelect: (id: number) => void;
}) {
  return (
    <section class="step" aria-labelledby="children-title">
      <h2 id="children-title">Cliquez sur l'enfant que vous souhaitez inscrire</h2>
      <ul class="child-list">
        <For each={props.children}>
          {(child) => (
            <li>
              <button
                type="button"
                class="child-button"
                aria-pressed={props.selectedId === child.id}
                onClick={() => props.onSelect(child.id)}
              >
                <span class="child-button__name">
                  {child.firstName} {child.lastName}
                </span>
                <span class="child-button__details">
                  {schoolLevelLabels[child.schoolLevel]}
                  {child.className ? ` · ${child.className}` : ''}
                </span>
              </button>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
