import { TextField } from '../ui/TextField.tsx';
import { type FamilyForm, fieldId } from './form.ts';

type Field = 'quotientFamilial' | 'addressLine1' | 'addressLine2' | 'postalCode' | 'city';

/** The household: its address (mail, invoices) and quotient familial (the tariff bracket). */
export function HouseholdFields(props: {
  form: FamilyForm;
  errors: Record<string, string>;
  onChange: (field: Field, value: string) => void;
}) {
  const field = (name: Field, label: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={fieldId(name)}
      label={label}
      value={props.form[name]}
      onInput={(event) => props.onChange(name, event.currentTarget.value)}
      error={props.errors[name]}
      {...extra}
    />
  );
  return (
    <section class="rows" aria-labelledby="household-title">
      <h2 id="household-title">Famille</h2>
      <div class="form-grid">
        {field('addressLine1', 'Adresse', { autocomplete: 'off' })}
        {field('addressLine2', "Complément d'adresse (facultatif)", { autocomplete: 'off' })}
        {field('postalCode', 'Code postal', { inputMode: 'numeric', autocomplete: 'off', maxLength: 5 })}
        {field('city', 'Commune', { autocomplete: 'off' })}
        {field('quotientFamilial', 'Quotient familial (facultatif)', {
          inputMode: 'numeric',
          hint: 'Un nombre entier, tel que calculé par la CAF. Vide si inconnu.',
        })}
      </div>
    </section>
  );
}
