import { type JSX, Show } from 'solid-js';
import { createInPlace } from './inPlace.tsx';

type Props = {
  /** The button's words: «Ajouter une période», with what a screen reader needs to tell them apart. */
  label: JSX.Element;
  primary?: boolean;
  /** The frame of the open form: `card` unless the page has its own. */
  class?: string;
  onOpen?: () => void;
  /** The form shown in the button's place; `close` puts the button back and gives it the focus. */
  children: (close: () => void) => JSX.Element;
};

/** «Ajouter …» for an admin: the form opens in place of its button, and focus returns there afterwards. */
export function AddInPlace(props: Props) {
  const form = createInPlace();
  return (
    <Show
      when={form.open()}
      fallback={
        <button
          ref={form.ref}
          type="button"
          class={props.primary ? 'button' : 'button button--secondary'}
          onClick={() => {
            props.onOpen?.();
            form.show();
          }}
        >
          {props.label}
        </button>
      }
    >
      <div class={props.class ?? 'card'}>{props.children(form.close)}</div>
    </Show>
  );
}
