import { MunicipalityInput } from '@portail/shared/municipality/schema';
import { createSignal, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { useMunicipality } from '../municipality/MunicipalityProvider.tsx';
import { trpc } from '../trpc/client.ts';
import { FormStatus } from '../ui/FormFeedback.tsx';
import { createInPlace, EditButton } from '../ui/inPlace.tsx';
import { TextField } from '../ui/TextField.tsx';
import { check } from './form.ts';
import { SetupForm } from './SetupForm.tsx';

const fields = [
  ['name', 'Commune'],
  ['serviceName', 'Service'],
  ['address', 'Adresse'],
  ['phone', 'Téléphone'],
  ['email', 'Adresse électronique'],
  ['openingHours', 'Accueil du public'],
  ['website', 'Site internet (facultatif)'],
] as const;
type Field = (typeof fields)[number][0];

/** «Fiche du service»: the contact card parents read on every page; an admin corrects it here. */
export function MunicipalitySection(props: { canEdit: boolean }) {
  const municipality = useMunicipality();
  const editing = createInPlace();
  const [status, setStatus] = createSignal('');
  return (
    <section class="setup-facility" aria-labelledby="municipality-section-title">
      <h2 id="municipality-section-title">Fiche du service</h2>
      <Show
        when={editing.open()}
        fallback={
          <>
            <p>Les coordonnées que les familles lisent en bas de chaque page et dans les courriels.</p>
            <Show
              when={municipality.data()}
              fallback={<p class="notice">Aucune fiche : un administrateur la renseigne ici.</p>}
            >
              {(card) => (
                <dl class="setup-facts">
                  {fields.map(([field, label]) => (
                    <>
                      <dt>{label}</dt>
                      <dd>{card()[field] || '—'}</dd>
                    </>
                  ))}
                </dl>
              )}
            </Show>
            <Show when={props.canEdit}>
              <EditButton
                label="la fiche du service"
                ref={editing.ref}
                onClick={() => {
                  setStatus('');
                  editing.show();
                }}
              />
            </Show>
          </>
        }
      >
        <div class="setup-card">
          <MunicipalityForm
            onSaved={() => {
              municipality.retry();
              setStatus('La fiche du service est enregistrée.');
              editing.close();
            }}
            onCancel={editing.close}
          />
        </div>
      </Show>
      <FormStatus message={status()} />
    </section>
  );
}

function MunicipalityForm(props: { onSaved: () => void; onCancel: () => void }) {
  const current = useMunicipality().data();
  const [form, setForm] = createStore<Record<Field, string>>({
    name: current?.name ?? '',
    serviceName: current?.serviceName ?? 'Service Enfance Jeunesse',
    address: current?.address ?? '',
    phone: current?.phone ?? '',
    email: current?.email ?? '',
    openingHours: current?.openingHours ?? '',
    website: current?.website ?? '',
  });
  return (
    <SetupForm
      id="municipality"
      level={2}
      title="Modifier la fiche du service"
      submitLabel="Enregistrer la fiche"
      check={() => check(MunicipalityInput, { ...form, website: form.website.trim() || null })}
      save={(input) => trpc.municipality.update.mutate(input)}
      onSaved={props.onSaved}
      onCancel={props.onCancel}
    >
      {(errors) => (
        <div class="setup-grid">
          {fields.map(([field, label]) => (
            <TextField
              id={`municipality-${field}`}
              label={label}
              type={
                field === 'email' ? 'email' : field === 'phone' ? 'tel' : field === 'website' ? 'url' : 'text'
              }
              value={form[field]}
              onInput={(e) => setForm(field, e.currentTarget.value)}
              error={errors()[field]}
            />
          ))}
        </div>
      )}
    </SetupForm>
  );
}
