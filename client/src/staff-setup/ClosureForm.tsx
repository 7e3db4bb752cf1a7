import { ClosureSetupInput } from '@portail/shared/bookings/setup';
import { createStore } from 'solid-js/store';
import { trpc } from '../trpc/client.ts';
import { SelectField } from '../ui/SelectField.tsx';
import { TextField } from '../ui/TextField.tsx';
import { check } from './form.ts';
import type { Facility } from './format.ts';
import { SetupForm } from './SetupForm.tsx';

type Props = { facilities: Facility[]; onSaved: () => void; onCancel: () => void };

/** A day or days without any booking, for one facility or the whole service. */
export function ClosureForm(props: Props) {
  const [form, setForm] = createStore({ facilityId: '', startDate: '', endDate: '', reason: '' });
  const options = () => props.facilities.map((f) => ({ value: String(f.id), label: f.name }));
  const fid = (path: string) => `closure-new-${path}`;
  return (
    <SetupForm
      id="closure-new"
      title="Nouvelle fermeture"
      submitLabel="Ajouter la fermeture"
      check={() =>
        check(ClosureSetupInput, {
          facilityId: form.facilityId ? Number(form.facilityId) : null,
          startDate: form.startDate,
          endDate: form.endDate || form.startDate,
          reason: form.reason,
        })
      }
      save={(input) => trpc.setup.saveClosure.mutate(input)}
      onSaved={props.onSaved}
      onCancel={props.onCancel}
    >
      {(errors) => (
        <>
          <SelectField
            id={fid('facilityId')}
            label="Établissement"
            options={[{ value: '', label: 'Tous les établissements' }, ...options()]}
            value={form.facilityId}
            onChange={(e) => setForm('facilityId', e.currentTarget.value)}
            error={errors().facilityId}
          />
          <div class="setup-grid">
            <TextField
              id={fid('startDate')}
              label="Premier jour"
              type="date"
              value={form.startDate}
              onInput={(e) => setForm('startDate', e.currentTarget.value)}
              error={errors().startDate}
            />
            <TextField
              id={fid('endDate')}
              label="Dernier jour (facultatif)"
              hint="Vide pour un seul jour"
              type="date"
              value={form.endDate}
              onInput={(e) => setForm('endDate', e.currentTarget.value)}
              error={errors().endDate}
            />
          </div>
          <TextField
            id={fid('reason')}
            label="Motif"
            value={form.reason}
            onInput={(e) => setForm('reason', e.currentTarget.value)}
            error={errors().reason}
          />
        </>
      )}
    </SetupForm>
  );
}
