import { type JSX, Show } from 'solid-js';
import { TextField } from '../ui/TextField.tsx';
import { fieldId, type GuardianRow } from './form.ts';

type Props = {
  index: number;
  row: GuardianRow;
  errors: Record<string, string>;
  onChange: (field: keyof GuardianRow, value: string) => void;
  /** Only for a row not saved yet: a saved guardian is never deleted (bookings and invoices refer to them). */
  onRemove?: (() => void) | undefined;
  /** The account's status and «Renvoyer le lien d'activation», for a saved guardian. */
  status?: JSX.Element;
};

/** One legal guardian: who they are, how to reach them. Their account's password is theirs alone. */
export function GuardianFields(props: Props) {
  const path = (field: string) => `guardians.${props.index}.${field}`;
  const field = (
    name: keyof GuardianRow,
    label: string,
    extra: Partial<Parameters<typeof TextField>[0]> = {},
  ) => (
    <TextField
      id={fieldId(path(name))}
      label={label}
      value={String(props.row[name] ?? '')}
      onInput={(event) => props.onChange(name, event.currentTarget.value)}
      error={props.errors[path(name)]}
      {...extra}
    />
  );
  return (
    <fieldset class="rows__item">
      <legend class="rows__legend">Responsable {props.index + 1}</legend>
      {props.status}
      <div class="form-grid">
        {field('firstName', 'Prénom', { autocomplete: 'off' })}
        {field('lastName', 'Nom', { autocomplete: 'off' })}
        {field('email', 'Adresse e-mail', {
          type: 'email',
          inputMode: 'email',
          autocomplete: 'off',
          spellcheck: false,
          hint: "L'identifiant du responsable ; le lien d'activation y est envoyé.",
        })}
        {field('phone', 'Téléphone (facultatif)', { type: 'tel', inputMode: 'tel', autocomplete: 'off' })}
      </div>
      {field('address', 'Adresse (facultatif)', {
        autocomplete: 'off',
        hint: "Si elle diffère de l'adresse de la famille.",
      })}
      <Show when={props.onRemove}>
        {(remove) => (
          <button type="button" class="button button--secondary button--small" onClick={() => remove()()}>
            Retirer le responsable {props.index + 1}
          </button>
        )}
      </Show>
    </fieldset>
  );
}
