import { type SchoolLevel, schoolLevelLabels, schoolLevels } from '@portail/shared/bookings/schema';
import { createStore } from 'solid-js/store';
import { trpc } from '../trpc/client.ts';
import { TextField } from '../ui/TextField.tsx';
import { CheckboxGroup } from './CheckboxGroup.tsx';
import type { Facility, Period } from './format.ts';
import { type PeriodForm as Form, periodFormOf, validatePeriod } from './periodForm.ts';
import { SetupForm } from './SetupForm.tsx';
import { weekdayOptions } from './UnitForm.tsx';

const levelOptions = schoolLevels.map((value) => ({ value, label: schoolLevelLabels[value] }));

type Props = { facility: Facility; period?: Period; onSaved: () => void; onCancel: () => void };

/** A period's dates, days and levels, and its booking window in Paris time. */
export function PeriodForm(props: Props) {
  const [form, setForm] = createStore<Form>(periodFormOf(props.period, props.facility.schoolLevels));
  const id = props.period ? `period-${props.period.id}` : `period-new-${props.facility.id}`;
  const fid = (path: string) => `${id}-${path}`;
  type TextKey = Exclude<keyof Form, 'weekdays' | 'schoolLevels'>;
  return (
    <SetupForm
      id={id}
      title={props.period ? `Modifier « ${props.period.name} »` : 'Nouvelle période'}
      submitLabel="Enregistrer la période"
      check={() => validatePeriod(form, { id: props.period?.id, facilityId: props.facility.id })}
      save={(input) => trpc.setup.savePeriod.mutate(input)}
      onSaved={props.onSaved}
      onCancel={props.onCancel}
    >
      {(errors) => {
        const field = (name: TextKey, label: string, type: string, errorPath: string = name) => (
          <TextField
            id={fid(errorPath === name ? name : errorPath)}
            label={label}
            type={type}
            value={form[name]}
            onInput={(e) => setForm(name, e.currentTarget.value)}
            error={errors()[errorPath]}
          />
        );
        return (
          <>
            {field('name', 'Nom', 'text')}
            <div class="setup-grid">
              {field('startDate', 'Date de début', 'date')}
              {field('endDate', 'Date de fin', 'date')}
            </div>
            <CheckboxGroup
              id={fid('weekdays')}
              legend="Jours"
              options={weekdayOptions}
              value={form.weekdays}
              onChange={(days) => setForm('weekdays', days)}
              error={errors().weekdays}
            />
            <CheckboxGroup<SchoolLevel>
              id={fid('schoolLevels')}
              legend="Niveaux"
              options={levelOptions}
              value={form.schoolLevels}
              onChange={(levels) => setForm('schoolLevels', levels)}
              error={errors().schoolLevels}
            />
            <div class="setup-grid">
              <fieldset class="setup-group">
                <legend class="field__label">Ouverture des réservations (heure de Paris)</legend>
                {field('opensDate', 'Date', 'date', 'bookingOpensAt')}
                {field('opensTime', 'Heure', 'time', 'opensTime')}
              </fieldset>
              <fieldset class="setup-group">
                <legend class="field__label">Clôture des réservations (heure de Paris)</legend>
                {field('closesDate', 'Date', 'date', 'bookingClosesAt')}
                {field('closesTime', 'Heure', 'time', 'closesTime')}
              </fieldset>
            </div>
          </>
        );
      }}
    </SetupForm>
  );
}
