import { createSignal, Show } from 'solid-js';
import { userMessage } from '../trpc/errors.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { TextField } from '../ui/TextField.tsx';
import { cancelInvoice, type Invoiced } from './data.ts';

/**
 * « Annuler la facture », with its reason kept for the public accountant, after a confirmation: an issued
 * invoice is never edited, it is cancelled and reissued.
 */
export function CancelInvoice(props: {
  invoice: Invoiced;
  onCancelled: (c: { invoiceId: number; number: string }) => void;
}) {
  const [open, setOpen] = createSignal(false);
  const [reason, setReason] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');
  const [fieldError, setFieldError] = createSignal('');
  // Told once the window has closed and given the focus back: «Rééditer», which then appears, takes it.
  let cancelled: { invoiceId: number; number: string } | undefined;
  const close = () => {
    setOpen(false);
    const done = cancelled;
    cancelled = undefined;
    if (done) props.onCancelled(done);
  };
  const fieldId = `cancel-reason-${props.invoice.invoiceId}`;

  const confirm = async () => {
    setFieldError('');
    if (reason().trim().length < 3) {
      setFieldError('Indiquez le motif de l’annulation (3 caractères au moins).');
      document.getElementById(fieldId)?.focus();
      return;
    }
    setBusy(true);
    setError('');
    try {
      const done = await cancelInvoice(props.invoice.invoiceId, reason().trim());
      cancelled = { invoiceId: done.invoiceId, number: done.number };
      setOpen(false);
    } catch (e) {
      setError(userMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        class="button button--secondary button--small"
        onClick={() => {
          setReason('');
          setError('');
          setFieldError('');
          setOpen(true);
        }}
      >
        Annuler la facture<span class="visually-hidden"> n° {props.invoice.number}</span>
      </button>
      <Dialog
        open={open()}
        title={`Annuler la facture n° ${props.invoice.number}`}
        onClose={close}
        actions={
          <>
            <button type="button" class="button button--secondary" onClick={() => setOpen(false)}>
              Garder la facture
            </button>
            <button type="button" class="button" disabled={busy()} onClick={() => void confirm()}>
              {busy() ? 'Annulation…' : 'Annuler la facture'}
            </button>
          </>
        }
      >
        <p>
          La facture reste dans la comptabilité avec son numéro, marquée annulée ; la famille ne la paie plus.
          Vous pourrez ensuite la rééditer.
        </p>
        <TextField
          id={fieldId}
          label="Motif de l’annulation"
          hint="Lu par le comptable public (255 caractères au plus)."
          maxLength={255}
          value={reason()}
          error={fieldError() || undefined}
          onInput={(event) => setReason(event.currentTarget.value)}
        />
        <div role="alert" class="form__alert">
          <Show when={error()}>
            <p class="notice notice--error">{error()}</p>
          </Show>
        </div>
      </Dialog>
    </>
  );
}
