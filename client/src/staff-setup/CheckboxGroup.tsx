import { For, Show } from 'solid-js';

type Props<T extends string | number> = {
  id: string;
  legend: string;
  options: readonly { value: T; label: string; title?: string }[];
  value: readonly T[];
  onChange: (value: T[]) => void;
  error?: string | undefined;
};

/**
 * Several choices under one legend (weekdays, school levels). The fieldset takes the error summary's focus,
 * so its id is that of the first box.
 */
export function CheckboxGroup<T extends string | number>(props: Props<T>) {
  const errorId = () => `${props.id}-error`;
  const toggle = (value: T, checked: boolean) =>
    props.onChange(checked ? [...props.value, value] : props.value.filter((v) => v !== value));
  return (
    <fieldset
      class="setup-group"
      classList={{ 'field--error': Boolean(props.error) }}
      aria-describedby={props.error ? errorId() : undefined}
    >
      <legend class="field__label">{props.legend}</legend>
      <div class="setup-group__boxes">
        <For each={props.options}>
          {(option, index) => (
            <label class="setup-check">
              <input
                type="checkbox"
                id={index() === 0 ? props.id : `${props.id}-${option.value}`}
                checked={props.value.includes(option.value)}
                onChange={(event) => toggle(option.value, event.currentTarget.checked)}
                aria-invalid={props.error ? true : undefined}
              />
              <Show when={option.title} fallback={option.label}>
                <abbr title={option.title}>{option.label}</abbr>
              </Show>
            </label>
          )}
        </For>
      </div>
      <Show when={props.error}>
        <p class="field__error" id={errorId()}>
          {props.error}
        </p>
      </Show>
    </fieldset>
  );
}
