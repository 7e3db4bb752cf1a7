import { createMemo } from 'solid-js';
import { SelectField } from '../ui/SelectField.tsx';
import { TextField } from '../ui/TextField.tsx';
import type { RequestFilters as Filters, Setup } from './data.ts';

type Props = {
  filters: Filters;
  setup: Setup | undefined;
  /** Children seen in the requests so far: the list has no other source of names. */
  children: { id: number; name: string }[];
  onChange: (filters: Filters) => void;
};

const toId = (value: string) => (value ? Number(value) : undefined);

/** Établissement, date, unité, enfant: each change reads the list again. */
export function RequestFiltersForm(props: Props) {
  const facilities = () => props.setup?.facilities ?? [];
  const units = createMemo(() =>
    facilities()
      .filter((f) => !props.filters.facilityId || f.id === props.filters.facilityId)
      .flatMap((f) => f.units.map((u) => ({ value: String(u.id), label: `${f.name} – ${u.name}` }))),
  );
  const set = (change: Partial<Filters>) => props.onChange({ ...props.filters, ...change });
  return (
    <form
      class="request-filters"
      aria-label="Filtrer les demandes"
      onSubmit={(event) => event.preventDefault()}
    >
      <SelectField
        id="filter-facility"
        label="Établissement"
        placeholder="Tous les établissements"
        options={facilities().map((f) => ({ value: String(f.id), label: f.name }))}
        value={String(props.filters.facilityId ?? '')}
        onChange={(event) => set({ facilityId: toId(event.currentTarget.value), unitId: undefined })}
      />
      <TextField
        id="filter-date"
        label="Date"
        type="date"
        value={props.filters.date ?? ''}
        onChange={(event) => set({ date: event.currentTarget.value || undefined })}
      />
      <SelectField
        id="filter-unit"
        label="Unité"
        placeholder="Toutes les unités"
        options={units()}
        value={String(props.filters.unitId ?? '')}
        onChange={(event) => set({ unitId: toId(event.currentTarget.value) })}
      />
      <SelectField
        id="filter-child"
        label="Enfant"
        placeholder="Tous les enfants"
        options={props.children.map((c) => ({ value: String(c.id), label: c.name }))}
        value={String(props.filters.childId ?? '')}
        onChange={(event) => set({ childId: toId(event.currentTarget.value) })}
      />
    </form>
  );
}
