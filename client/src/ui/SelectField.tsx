import { For, type JSX, Show, splitProps } from 'solid-js';
import './ui.css';

type SelectFieldProps = JSX.SelectHTMLAttributes<HTMLSelectElement> & {
  id: string;
  value: string;
  label: string;
  options: readonly { value: string; label: string }[];
  /** A first, empty choice («Choisir…») so nothing is picked by accident. */
  placeholder?: string;
  error?: string | undefined;
};

/** A labelled list of choices, with its error read along (aria-describedby). */
export function SelectField(props: SelectFieldProps) {
  const [own, select] = splitProps(props, ['id', 'value', 'label', 'options', 'placeholder', 'error']);
  const errorId = () => `${own.id}-error`;
  return (
    <div class="field" classList={{ 'field--error': Boolean(own.error) }}>
      <label class="field__label" for={own.id}>
        {own.label}
      </label>
      <select
        {...select}
        id={own.id}
        class="field__input field__select"
        aria-invalid={own.error ? true : undefined}
        aria-describedby={own.error ? errorId() : undefined}
      >
        <Show when={own.placeholder}>
          <option value="" selected={own.value === ''}>
            {own.placeholder}
          </option>
        </Show>
        {/* `selected` on the option: a value set on the <select> before its options exist would be lost. */}
        <For each={own.options}>
          {(option) => (
            <option value={option.value} selected={option.value === own.value}>
              {option.label}
            </option>
          )}
        </For>
      </select>
      <Show when={own.error}>
        <p class="field__error" id={errorId()}>
          {own.error}
        </p>
      </Show>
    </div>
  );
}
