import { createSignal } from 'solid-js';
import { userMessage } from '../trpc/errors.ts';

/**
 * The state behind a `ConfirmDialog`: what is being confirmed, busy while the action runs (a second click
 * does nothing), and the French error that keeps the dialog open. Spread `dialog` on the ConfirmDialog.
 */
export function createConfirmation<T = true>(action: (subject: T) => Promise<void>) {
  const [subject, setSubject] = createSignal<T>();
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string>();
  const close = () => {
    setSubject(undefined);
    setError(undefined);
  };
  const confirm = async () => {
    const current = subject();
    if (current === undefined || busy()) return;
    setBusy(true);
    setError(undefined);
    try {
      await action(current);
      setSubject(undefined);
    } catch (failure) {
      setError(userMessage(failure));
    } finally {
      setBusy(false);
    }
  };
  return {
    subject,
    ask: (value: T) => {
      setError(undefined);
      setSubject(() => value);
    },
    dialog: {
      get open() {
        return subject() !== undefined;
      },
      get busy() {
        return busy();
      },
      get error() {
        return error();
      },
      onConfirm: () => void confirm(),
      onClose: close,
    },
  };
}
