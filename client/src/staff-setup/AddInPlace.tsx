import { createSignal, type JSX, Show } from 'solid-js';

type Props = {
  /** The button's words: «Ajouter une période», with what a screen reader needs to tell them apart. */
  label: JSX.Element;
  primary?: boolean;
  onOpen?: () => void;
  /** The form shown in the button's place; `close` puts the button back and gives it the focus. */
  children: (close: () => void) => JSX.Element;
};

/** «Ajouter …» for an admin: the form opens in place of its button, and focus returns there afterwards. */
export function AddInPlace(props: Props) {
  const [open, setOpen] = createSignal(false);
  let button: HTMLButtonElement | undefined;
  const close = () => {
    setOpen(false);
    queueMicrotask(() => button?.focus());
  };
  return (
    <Show
      when={open()}
      fallback={
        <button
          ref={button}
          type="button"
          class={props.primary ? 'button' : 'button button--secondary'}
          onClick={() => {
            props.onOpen?.();
            setOpen(true);
          }}
        >
          {props.label}
        </button>
      }
    >
      <div class="setup-card">{props.children(close)}</div>
    </Show>
  );
}
