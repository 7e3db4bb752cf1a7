import { createEffect, createUniqueId, type JSX } from 'solid-js';
import './ui.css';

type DialogProps = {
  open: boolean;
  title: string;
  onClose: () => void;
  children: JSX.Element;
  /** The window's footer: its buttons. «Fermer» is added when there are none. */
  actions?: JSX.Element;
  wide?: boolean;
  /** What takes the focus on opening, when not the title (a confirmation: its «Annuler»). */
  initialFocus?: () => HTMLElement | undefined;
};

const focusable =
  'button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A window (native modal <dialog>: the page behind is inert, Escape closes it). It opens on its title, so a
 * screen reader reads where it is; Tab stays inside; on closing, the focus goes back to what opened it.
 * The one window of the app: confirmations (`ConfirmDialog`) are built on it.
 */
export function Dialog(props: DialogProps) {
  let dialog: HTMLDialogElement | undefined;
  let title: HTMLHeadingElement | undefined;
  let opener: HTMLElement | null = null;
  const titleId = `dialog-${createUniqueId()}`;

  createEffect(() => {
    if (!dialog) return;
    if (props.open && !dialog.open) {
      opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      (props.initialFocus?.() ?? title)?.focus();
    } else if (!props.open && dialog.open) {
      dialog.close();
    }
  });

  const trapTab = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || !dialog) return;
    const items = [...dialog.querySelectorAll<HTMLElement>(focusable)].filter((e) => e.offsetParent);
    const first = items[0];
    const last = items[items.length - 1];
    const at = document.activeElement;
    if (event.shiftKey && (at === first || at === title)) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && at === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  const onClosed = () => {
    if (opener?.isConnected) opener.focus();
    props.onClose();
  };

  return (
    <dialog
      ref={dialog}
      class="dialog"
      classList={{ 'dialog--wide': props.wide }}
      aria-labelledby={titleId}
      onClose={onClosed}
      onKeyDown={trapTab}
    >
      <div class="dialog__head">
        <h2 id={titleId} ref={title} class="dialog__title" tabIndex={-1}>
          {props.title}
        </h2>
        <button
          type="button"
          class="dialog__close"
          aria-label="Fermer la fenêtre"
          onClick={() => dialog?.close()}
        >
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
            <path d="m6 6 12 12M18 6 6 18" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
          </svg>
        </button>
      </div>
      <div class="dialog__body">{props.children}</div>
      <div class="dialog__actions">
        {props.actions ?? (
          <button type="button" class="button button--secondary" onClick={() => dialog?.close()}>
            Fermer
          </button>
        )}
      </div>
    </dialog>
  );
}
