import { TextField } from '../ui/TextField.tsx';

export type DeadlineRow = { daysBefore: string; time: string };

type Props = {
  id: string;
  legend: string;
  value: DeadlineRow;
  onChange: (value: DeadlineRow) => void;
  errors: { daysBefore?: string | undefined; time?: string | undefined };
};

/** «… jusqu'à J− [n] à [HH:MM]»: one processing delay, its two inputs under one legend. */
export function DeadlineFields(props: Props) {
  return (
    <fieldset class="setup-group">
      <legend class="field__label">{props.legend}</legend>
      <div class="setup-deadline">
        <TextField
          id={`${props.id}-daysBefore`}
          label="J−"
          hint="jours avant"
          inputMode="numeric"
          value={props.value.daysBefore}
          onInput={(e) => props.onChange({ ...props.value, daysBefore: e.currentTarget.value })}
          error={props.errors.daysBefore}
        />
        <TextField
          id={`${props.id}-time`}
          label="à"
          type="time"
          value={props.value.time}
          onInput={(e) => props.onChange({ ...props.value, time: e.currentTarget.value })}
          error={props.errors.time}
        />
      </div>
    </fieldset>
  );
}
