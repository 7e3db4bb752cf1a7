import { paymentStateLabels } from '@portail/shared/payments/labels';
import type { PaymentState } from '@portail/shared/payments/schema';
import { SelectField } from '../ui/SelectField.tsx';
import { TextField } from '../ui/TextField.tsx';
import type { MonitorFilters } from './data.ts';

const states = (Object.keys(paymentStateLabels) as PaymentState[]).map((s) => ({
  value: s,
  label: paymentStateLabels[s],
}));

/** État, du, au: each change reads the list again. */
export function MonitorFiltersForm(props: {
  filters: MonitorFilters;
  onChange: (f: MonitorFilters) => void;
}) {
  const set = (change: Partial<MonitorFilters>) => props.onChange({ ...props.filters, ...change });
  return (
    <form
      class="staff-filters"
      aria-label="Filtrer les paiements"
      onSubmit={(event) => event.preventDefault()}
    >
      <SelectField
        id="monitor-state"
        label="État"
        placeholder="Tous les états"
        options={states}
        value={props.filters.state ?? ''}
        onChange={(event) =>
          set({ state: (event.currentTarget.value || undefined) as MonitorFilters['state'] })
        }
      />
      <TextField
        id="monitor-from"
        label="Du"
        type="date"
        value={props.filters.from ?? ''}
        onChange={(event) => set({ from: event.currentTarget.value || undefined })}
      />
      <TextField
        id="monitor-to"
        label="Au"
        type="date"
        value={props.filters.to ?? ''}
        onChange={(event) => set({ to: event.currentTarget.value || undefined })}
      />
    </form>
  );
}
