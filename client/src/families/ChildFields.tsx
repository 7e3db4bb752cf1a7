import { schoolLevelLabels, schoolLevels } from '@portail/shared/bookings/schema';
import { Show } from 'solid-js';
import { SelectField } from '../ui/SelectField.tsx';
import { TextField } from '../ui/TextField.tsx';
import { type ChildRow, fieldId } from './form.ts';

type Props = {
  index: number;
  row: ChildRow;
  errors: Record<string, string>;
  onChange: (field: keyof ChildRow, value: string) => void;
  onRemove?: (() => void) | undefined;
};

const levelOptions = schoolLevels.map((value) => ({ value, label: schoolLevelLabels[value] }));

/** One child: the S.E.J. needs the school level for the right facility (ALP maternelle / élémentaire). */
export function ChildFields(props: Props) {
  const path = (field: string) => `children.${props.index}.${field}`;
  const text = (name: 'firstName' | 'lastName' | 'className', label: string) => (
    <TextField
      id={fieldId(path(name))}
      label={label}
      autocomplete="off"
      value={props.row[name]}
      onInput={(event) => props.onChange(name, event.currentTarget.value)}
      error={props.errors[path(name)]}
    />
  );
  return (
    <fieldset class="rows__item">
      <legend class="rows__legend">Enfant {props.index + 1}</legend>
      <div class="form-grid">
        {text('firstName', 'Prénom')}
        {text('lastName', 'Nom')}
        <TextField
          id={fieldId(path('birthDate'))}
          label="Date de naissance"
          type="date"
          value={props.row.birthDate}
          onInput={(event) => props.onChange('birthDate', event.currentTarget.value)}
          error={props.errors[path('birthDate')]}
        />
        <SelectField
          id={fieldId(path('schoolLevel'))}
          label="Niveau scolaire"
          placeholder="Choisir…"
          options={levelOptions}
          value={props.row.schoolLevel}
          onChange={(event) => props.onChange('schoolLevel', event.currentTarget.value)}
          error={props.errors[path('schoolLevel')]}
        />
        {text('className', 'Classe (facultatif)')}
      </div>
      <Show when={props.onRemove}>
        {(remove) => (
          <button type="button" class="button button--secondary button--small" onClick={() => remove()()}>
            Retirer l'enfant {props.index + 1}
          </button>
        )}
      </Show>
    </fieldset>
  );
}
