import { createEffect, createUniqueId, type JSX, Show } from 'solid-js';
import './ui.css';

type ConfirmDialogProps = {
  open: boolean;
  title: string;
  children: JSX.Element;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  busy?: boolean;
  error?: string | undefined;
};

const focusable = 'button:not([disabled]), a[href], input:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal confirmation (native <dialog>: the page behind is inert, Escape cancels). Focus starts on «Annuler»,
 * stays inside while open, and goes back to the button that opened it.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  let dialog: HTMLDialogElement | undefined;
  let cancel: HTMLButtonElement | undefined;
  let opener: HTMLElement | null = null;
  const titleId = `dialog-${createUniqueId()}`;

  createEffect(() => {
    if (!dialog) return;
    if (props.open && !dialog.open) {
      opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      cancel?.focus();
    } else if (!props.open && dialog.open) {
      dialog.close();
    }
  });

  const trapTab = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || !dialog) return;
    const items = [...dialog.querySelectorAll<HTMLElement>(focusable)];
    const first = items[0];
    const last = items[items.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  const onClosed = () => {
    opener?.focus();
    props.onClose();
  };

  return (
    <dialog ref={dialog} class="dialog" aria-labelledby={titleId} onClose={onClosed} onKeyDown={trapTab}>
      <h2 id={titleId} class="dialog__title">
        {props.title}
      </h2>
      <div class="dialog__body">{props.children}</div>
      <Show when={props.error}>
        <p class="notice notice--error" role="alert">
          {props.error}
        </p>
      </Show>
      <div class="dialog__actions">
        <button ref={cancel} type="button" class="button button--secondary" onClick={() => dialog?.close()}>
          Annuler
        </button>
        <button type="button" class="button" disabled={props.busy} onClick={() => props.onConfirm()}>
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
