import { type JSX, Show } from 'solid-js';
import { Dialog } from './Dialog.tsx';

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

/**
 * A modal confirmation: the app's window with «Annuler» and the action. Focus starts on «Annuler», so that
 * Enter pressed by habit changes nothing.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  let cancel: HTMLButtonElement | undefined;
  return (
    <Dialog
      open={props.open}
      title={props.title}
      onClose={props.onClose}
      initialFocus={() => cancel}
      actions={
        <>
          <button ref={cancel} type="button" class="button button--secondary" onClick={() => props.onClose()}>
            Annuler
          </button>
          <button type="button" class="button" disabled={props.busy} onClick={() => props.onConfirm()}>
            {props.confirmLabel}
          </button>
        </>
      }
    >
      {props.children}
      <Show when={props.error}>
        <p class="notice notice--error" role="alert">
          {props.error}
        </p>
      </Show>
    </Dialog>
  );
}
