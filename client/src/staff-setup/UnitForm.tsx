import { createStore } from 'solid-js/store';
import { trpc } from '../trpc/client.ts';
import { TextField } from '../ui/TextField.tsx';
import { CheckboxGroup } from './CheckboxGroup.tsx';
import { DeadlineFields } from './DeadlineFields.tsx';
import { type Unit, weekdayFullNames, weekdayNames } from './format.ts';
import { SetupForm } from './SetupForm.tsx';
import {
  type DeadlineKey,
  type UnitForm as Form,
  newUnitForm,
  unitFormOf,
  validateUnit,
} from './unitForm.ts';

export const weekdayOptions = weekdayNames.map((label, i) => ({
  value: i + 1,
  label,
  title: weekdayFullNames[i] ?? label,
}));

const deadlineLegends: Record<DeadlineKey, string> = {
  bookAcceptUntil: 'Réservation acceptée jusqu’à',
  bookRequestUntil: 'Demande de réservation jusqu’à',
  cancelAcceptUntil: 'Annulation acceptée jusqu’à',
  cancelRequestUntil: 'Demande d’annulation jusqu’à',
};

type Props = {
  facilityId: number;
  /** The unit edited; without it, a new unit placed after `position`'s. */
  unit?: Unit & { priceCents: number; includesMeal: boolean };
  position: number;
  onSaved: () => void;
  onCancel: () => void;
};

/** An admin adds or edits a unit: hours, days, capacity, the four processing delays, price and meal. */
export function UnitForm(props: Props) {
  const unit = props.unit;
  const [form, setForm] = createStore<Form>(unit ? unitFormOf(unit) : newUnitForm());
  const id = unit ? `unit-${unit.id}` : `unit-new-${props.facilityId}`;
  const fid = (path: string) => `${id}-${path}`;
  return (
    <SetupForm
      id={id}
      title={unit ? `Modifier « ${unit.name} »` : 'Nouvelle unité'}
      submitLabel="Enregistrer l’unité"
      check={() =>
        validateUnit(form, { id: unit?.id, facilityId: props.facilityId, position: props.position })
      }
      save={(input) => trpc.setup.saveUnit.mutate(input)}
      onSaved={props.onSaved}
      onCancel={props.onCancel}
    >
      {(errors) => {
        const text = (
          name: 'name' | 'code' | 'startTime' | 'endTime' | 'dailyCapacity' | 'price',
          label: string,
          extra = {},
        ) => (
          <TextField
            id={fid(name === 'price' ? 'priceCents' : name)}
            label={label}
            value={form[name]}
            onInput={(e) => setForm(name, e.currentTarget.value)}
            error={errors()[name === 'price' ? 'priceCents' : name]}
            {...extra}
          />
        );
        const deadline = (key: DeadlineKey) => (
          <DeadlineFields
            id={fid(key)}
            legend={deadlineLegends[key]}
            value={form[key]}
            onChange={(value) => setForm(key, value)}
            errors={{ daysBefore: errors()[`${key}.daysBefore`], time: errors()[`${key}.time`] }}
          />
        );
        return (
          <>
            <div class="setup-grid">
              {text('name', 'Nom')}
              {text('code', 'Code')}
              {text('startTime', 'Heure de début', { type: 'time' })}
              {text('endTime', 'Heure de fin', { type: 'time' })}
            </div>
            <CheckboxGroup
              id={fid('weekdays')}
              legend="Jours"
              options={weekdayOptions}
              value={form.weekdays}
              onChange={(days) => setForm('weekdays', days)}
              error={errors().weekdays}
            />
            <div class="setup-grid">
              {text('dailyCapacity', 'Capacité par jour', { inputMode: 'numeric' })}
              {text('price', 'Prix (en euros)', { inputMode: 'decimal', hint: 'Par exemple 1,50' })}
            </div>
            <div class="setup-grid">
              {deadline('bookAcceptUntil')}
              {deadline('bookRequestUntil')}
              {deadline('cancelAcceptUntil')}
              {deadline('cancelRequestUntil')}
            </div>
            <label class="setup-check">
              <input
                type="checkbox"
                checked={form.includesMeal}
                onChange={(e) => setForm('includesMeal', e.currentTarget.checked)}
              />
              Comprend un repas
            </label>
          </>
        );
      }}
    </SetupForm>
  );
}
