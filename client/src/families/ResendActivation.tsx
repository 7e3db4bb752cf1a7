import { createSignal, Show } from 'solid-js';
import { formatDayOf } from '../app/dates.ts';
import { trpc } from '../trpc/client.ts';
import { userMessage } from '../trpc/errors.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { FormStatus } from '../ui/FormFeedback.tsx';
import type { GuardianRow } from './form.ts';

/** A saved guardian's account: activated, or waiting, with a new link on request (the old one stops working). */
export function GuardianStatus(props: { row: GuardianRow }) {
  const [open, setOpen] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string>();
  const [status, setStatus] = createSignal('');
  const name = () => `${props.row.firstName} ${props.row.lastName}`;

  const resend = async () => {
    const guardianId = props.row.id;
    if (busy() || !guardianId) return;
    setBusy(true);
    setError(undefined);
    try {
      await trpc.families.resendActivation.mutate({ guardianId });
      setOpen(false);
      setStatus(`Un nouveau lien d'activation a été envoyé à ${props.row.email}.`);
    } catch (failure) {
      setError(userMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="account-status">
      <Show
        when={props.row.activatedAt}
        fallback={
          <>
            <p class="badge badge--waiting">En attente d'activation</p>
            <button
              type="button"
              class="button button--secondary button--small"
              onClick={() => setOpen(true)}
            >
              Renvoyer le lien d'activation<span class="visually-hidden"> à {name()}</span>
            </button>
            <FormStatus message={status()} />
          </>
        }
      >
        {(at) => <p class="badge badge--ok">Compte activé le {formatDayOf(at())}</p>}
      </Show>
      <ConfirmDialog
        open={open()}
        title="Renvoyer le lien d'activation ?"
        confirmLabel="Renvoyer le lien"
        onConfirm={resend}
        onClose={() => {
          setOpen(false);
          setError(undefined);
        }}
        busy={busy()}
        error={error()}
      >
        <p>
          Un nouveau lien sera envoyé à <strong>{props.row.email}</strong> ({name()}). Le lien envoyé
          auparavant ne fonctionnera plus.
        </p>
      </ConfirmDialog>
    </div>
  );
}
