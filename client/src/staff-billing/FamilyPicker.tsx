import { createSignal, Show } from 'solid-js';
import { userMessage } from '../trpc/errors.ts';
import { SelectField } from '../ui/SelectField.tsx';
import { TextField } from '../ui/TextField.tsx';
import { type FamilyFound, searchFamilies } from './data.ts';

/** Finds a family by its reference, a guardian's or a child's name, then picks it from the results. */
export function FamilyPicker(props: {
  id: string;
  value: number | undefined;
  onPick: (id?: number) => void;
}) {
  const [query, setQuery] = createSignal('');
  const [found, setFound] = createSignal<FamilyFound[]>();
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');

  const search = async () => {
    setBusy(true);
    setError('');
    try {
      const families = await searchFamilies(query().trim());
      setFound(families);
      props.onPick(families.length === 1 ? families[0]?.id : undefined);
    } catch (e) {
      setError(userMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const label = (f: FamilyFound) =>
    `${f.reference} – ${f.guardians.map((g) => g.name).join(', ') || 'sans responsable'}`;

  return (
    <div class="family-picker">
      <div class="family-picker__search">
        <TextField
          id={`${props.id}-query`}
          label="Rechercher la famille"
          hint="Référence, nom d'un responsable ou d'un enfant."
          value={query()}
          error={error() || undefined}
          onInput={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void search();
            }
          }}
        />
        <button
          type="button"
          class="button button--secondary"
          disabled={busy()}
          onClick={() => void search()}
        >
          Rechercher
        </button>
      </div>
      <Show when={found()}>
        {(families) => (
          <SelectField
            id={props.id}
            label="Famille"
            placeholder={families().length === 0 ? 'Aucune famille trouvée' : 'Choisir la famille…'}
            options={families().map((f) => ({ value: String(f.id), label: label(f) }))}
            value={String(props.value ?? '')}
            onChange={(event) => props.onPick(Number(event.currentTarget.value) || undefined)}
          />
        )}
      </Show>
    </div>
  );
}
