import { type JSX, Show, splitProps } from 'solid-js';
import './ui.css';

type TextFieldProps = JSX.InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  /** More ids read with the field, e.g. a password's strength meter. */
  describedBy?: string;
};

/** A labelled input whose hint and error are read with it (aria-describedby), DSFR-style. */
export function TextField(props: TextFieldProps) {
  const [own, input] = splitProps(props, ['id', 'label', 'hint', 'error', 'describedBy']);
  const hintId = () => `${own.id}-hint`;
  const errorId = () => `${own.id}-error`;
  const describedBy = () =>
    [own.hint && hintId(), own.describedBy, own.error && errorId()].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field" classList={{ 'field--error': Boolean(own.error) }}>
      <label class="field__label" for={own.id}>
        {own.label}
      </label>
      <Show when={own.hint}>
        <p class="field__hint" id={hintId()}>
          {own.hint}
        </p>
      </Show>
      <input
        {...input}
        id={own.id}
        class="field__input"
        aria-invalid={own.error ? true : undefined}
        aria-describedby={describedBy()}
      />
      <Show when={own.error}>
        <p class="field__error" id={errorId()}>
          {own.error}
        </p>
      </Show>
    </div>
  );
}
