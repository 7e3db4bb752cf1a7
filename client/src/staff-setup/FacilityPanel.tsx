import { For, Show } from 'solid-js';
import { AddInPlace } from '../ui/AddInPlace.tsx';
import { createInPlace, EditButton } from '../ui/inPlace.tsx';
import { FacilityForm } from './FacilityForm.tsx';
import { type Facility, formatLevels } from './format.ts';
import { PeriodCard } from './PeriodCard.tsx';
import { PeriodForm } from './PeriodForm.tsx';
import { UnitCard } from './UnitCard.tsx';
import { UnitForm } from './UnitForm.tsx';

type Props = { facility: Facility; canEdit: boolean; onSaved: () => void };

/** One facility, folded by default: the console lists every facility, tests' ones included. */
export function FacilityPanel(props: Props) {
  const editing = createInPlace();
  const f = () => props.facility;
  const headingId = () => `facility-${f().id}`;
  const units = () => [...f().units].sort((a, b) => a.position - b.position);
  // A facility without units yet opens on them: adding one is what the admin comes for.
  const startOpen = f().units.length === 0 && props.canEdit;
  const savedThen = (close: () => void) => () => {
    props.onSaved();
    close();
  };
  return (
    <section class="setup-facility" aria-labelledby={headingId()}>
      <h2 id={headingId()} class="setup-facility__title">
        {f().name}
      </h2>
      <Show
        when={editing.open()}
        fallback={
          <>
            <p class="setup-facility__meta">
              Accueil {f().kind === 'alp' ? 'périscolaire' : 'extrascolaire'},{' '}
              {formatLevels(f().schoolLevels)}
              {f().active ? '' : ' (fermé aux réservations)'}
            </p>
            <Show when={props.canEdit}>
              <EditButton label={`l’établissement ${f().name}`} ref={editing.ref} onClick={editing.show} />
            </Show>
          </>
        }
      >
        <div class="setup-card">
          <FacilityForm facility={f()} onSaved={savedThen(editing.close)} onCancel={editing.close} />
        </div>
      </Show>
      <details class="setup-facility__details" open={startOpen}>
        <summary>
          Unités et périodes <span class="visually-hidden">de {f().name}</span>
        </summary>
        <section aria-labelledby={`${headingId()}-units`}>
          <h3 id={`${headingId()}-units`}>Unités</h3>
          <Show
            when={f().units.length > 0}
            fallback={<p>Aucune unité : ajoutez-en une pour ouvrir les réservations.</p>}
          >
            <ul class="setup-cards">
              <For each={units()}>
                {(unit) => (
                  <UnitCard facilityId={f().id} unit={unit} canEdit={props.canEdit} onSaved={props.onSaved} />
                )}
              </For>
            </ul>
          </Show>
          <Show when={props.canEdit}>
            <AddInPlace
              class="setup-card"
              label={
                <>
                  Ajouter une unité <span class="visually-hidden">à {f().name}</span>
                </>
              }
            >
              {(close) => (
                <UnitForm
                  facilityId={f().id}
                  position={Math.max(-1, ...f().units.map((u) => u.position)) + 1}
                  onSaved={savedThen(close)}
                  onCancel={close}
                />
              )}
            </AddInPlace>
          </Show>
        </section>
        <section aria-labelledby={`${headingId()}-periods`}>
          <h3 id={`${headingId()}-periods`}>Périodes</h3>
          <Show when={f().periods.length > 0} fallback={<p>Aucune période.</p>}>
            <ul class="setup-cards">
              <For each={[...f().periods].sort((a, b) => a.startDate.localeCompare(b.startDate))}>
                {(period) => (
                  <PeriodCard
                    facility={f()}
                    period={period}
                    canEdit={props.canEdit}
                    onSaved={props.onSaved}
                  />
                )}
              </For>
            </ul>
          </Show>
          <Show when={props.canEdit}>
            <AddInPlace
              class="setup-card"
              label={
                <>
                  Ajouter une période <span class="visually-hidden">à {f().name}</span>
                </>
              }
            >
              {(close) => <PeriodForm facility={f()} onSaved={savedThen(close)} onCancel={close} />}
            </AddInPlace>
          </Show>
        </section>
      </details>
    </section>
  );
}
