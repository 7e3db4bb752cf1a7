import { createSignal } from 'solid-js';

/**
 * A form shown in place of the button that opened it (an admin's «Modifier», «Ajouter …»); closing it, saved
 * or cancelled, gives that button the focus back, so a keyboard or screen-reader user stays where they were.
 */
export function createInPlace() {
  const [open, setOpen] = createSignal(false);
  let button: HTMLButtonElement | undefined;
  return {
    open,
    show: () => setOpen(true),
    close: () => {
      setOpen(false);
      queueMicrotask(() => button?.focus());
    },
    ref: (element: HTMLButtonElement) => {
      button = element;
    },
  };
}

/** «Modifier», completed for screen readers with what it modifies («l’unité Atelier»). */
export function EditButton(props: {
  label: string;
  ref: (element: HTMLButtonElement) => void;
  onClick: () => void;
}) {
  return (
    <button
      ref={props.ref}
      type="button"
      class="button button--secondary button--small"
      onClick={() => props.onClick()}
    >
      Modifier <span class="visually-hidden">{props.label}</span>
    </button>
  );
}
