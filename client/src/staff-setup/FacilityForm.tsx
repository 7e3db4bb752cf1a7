import { type FacilityKind, type SchoolLevel, schoolLevelLabels } from '@portail/shared/bookings/schema';
import { FacilitySetupInput } from '@portail/shared/bookings/setup';
import { createStore } from 'solid-js/store';
import { trpc } from '../trpc/client.ts';
import { SelectField } from '../ui/SelectField.tsx';
import { TextField } from '../ui/TextField.tsx';
import { CheckboxGroup } from './CheckboxGroup.tsx';
import { check } from './form.ts';
import type { Facility } from './format.ts';
import { SetupForm } from './SetupForm.tsx';

const kindOptions = [
  { value: 'alp', label: 'Périscolaire (ALP) : autour de la journée d’école' },
  { value: 'ale', label: 'Extrascolaire (ALE) : mercredis et vacances' },
] as const;
const levelOptions = (Object.entries(schoolLevelLabels) as [SchoolLevel, string][]).map(([value, label]) => ({
  value,
  label,
}));

type Props = { facility?: Facility; onSaved: () => void; onCancel: () => void };

/** An admin creates a facility (its units and periods come next) or changes its name, kind, levels and state. */
export function FacilityForm(props: Props) {
  const current = props.facility;
  const [form, setForm] = createStore({
    name: current?.name ?? '',
    kind: (current?.kind ?? 'alp') as FacilityKind,
    schoolLevels: [...(current?.schoolLevels ?? [])],
    active: current?.active ?? true,
  });
  const id = current ? `facility-${current.id}-form` : 'facility-new';
  const fid = (path: string) => `${id}-${path}`;
  return (
    <SetupForm
      id={id}
      title={current ? `Modifier « ${current.name} »` : 'Nouvel établissement'}
      submitLabel="Enregistrer l’établissement"
      check={() => check(FacilitySetupInput, { ...form, id: current?.id })}
      save={(input) => trpc.setup.saveFacility.mutate(input)}
      onSaved={props.onSaved}
      onCancel={props.onCancel}
    >
      {(errors) => (
        <>
          <TextField
            id={fid('name')}
            label="Nom"
            value={form.name}
            onInput={(e) => setForm('name', e.currentTarget.value)}
            error={errors().name}
          />
          <SelectField
            id={fid('kind')}
            label="Type d’accueil"
            options={kindOptions}
            value={form.kind}
            onChange={(e) => setForm('kind', e.currentTarget.value as FacilityKind)}
            error={errors().kind}
          />
          <CheckboxGroup
            id={fid('schoolLevels')}
            legend="Niveaux scolaires accueillis"
            options={levelOptions}
            value={form.schoolLevels}
            onChange={(levels) => setForm('schoolLevels', levels)}
            error={errors().schoolLevels}
          />
          <label class="setup-check">
            <input
              type="checkbox"
              checked={form.active}
              onChange={(e) => setForm('active', e.currentTarget.checked)}
            />
            Ouvert aux réservations des familles
          </label>
        </>
      )}
    </SetupForm>
  );
}
