import { createSignal, For, Show } from 'solid-js';
import { type Facility, formatLevels } from './format.ts';
import { PeriodCard } from './PeriodCard.tsx';
import { PeriodForm } from './PeriodForm.tsx';
import { UnitCard } from './UnitCard.tsx';

type Props = { facility: Facility; canEdit: boolean; onSaved: () => void };

/** One facility, folded by default: the console lists every facility, tests' ones included. */
export function FacilityPanel(props: Props) {
  const [adding, setAdding] = createSignal(false);
  let addButton: HTMLButtonElement | undefined;
  const closeAdd = () => {
    setAdding(false);
    queueMicrotask(() => addButton?.focus());
  };
  const f = () => props.facility;
  const headingId = () => `facility-${f().id}`;
  return (
    <section class="setup-facility" aria-labelledby={headingId()}>
      <h2 id={headingId()} class="setup-facility__title">
        {f().name}
      </h2>
      <p class="setup-facility__meta">
        Accueil {f().kind === 'alp' ? 'périscolaire' : 'extrascolaire'}, {formatLevels(f().schoolLevels)}
        {f().active ? '' : ' (inactif)'}
      </p>
      <details class="setup-facility__details">
        <summary>
          Unités et périodes <span class="visually-hidden">de {f().name}</span>
        </summary>
        <section aria-labelledby={`${headingId()}-units`}>
          <h3 id={`${headingId()}-units`}>Unités</h3>
          <Show when={f().units.length > 0} fallback={<p>Aucune unité.</p>}>
            <ul class="setup-cards">
              <For each={[...f().units].sort((a, b) => a.position - b.position)}>
                {(unit) => (
                  <UnitCard facilityId={f().id} unit={unit} canEdit={props.canEdit} onSaved={props.onSaved} />
                )}
              </For>
            </ul>
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
            <Show
              when={adding()}
              fallback={
                <button
                  ref={addButton}
                  type="button"
                  class="button button--secondary"
                  onClick={() => setAdding(true)}
                >
                  Ajouter une période <span class="visually-hidden">à {f().name}</span>
                </button>
              }
            >
              <div class="setup-card">
                <PeriodForm
                  facility={f()}
                  onSaved={() => {
                    props.onSaved();
                    closeAdd();
                  }}
                  onCancel={closeAdd}
                />
              </div>
            </Show>
          </Show>
        </section>
      </details>
    </section>
  );
}
