import { createSignal, Show } from 'solid-js';
import { formatDayOf } from '../app/dates.ts';
import { trpc } from '../trpc/client.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { createConfirmation } from '../ui/confirmation.ts';
import { FormStatus } from '../ui/FormFeedback.tsx';
import type { GuardianRow } from './form.ts';

/** A saved guardian's account: activated, or waiting, with a new link on request (the old one stops working). */
export function GuardianStatus(props: { row: GuardianRow }) {
  const [status, setStatus] = createSignal('');
  const name = () => `${props.row.firstName} ${props.row.lastName}`;
  const confirmation = createConfirmation(async (guardianId: number) => {
    await trpc.families.resendActivation.mutate({ guardianId });
    setStatus(`Un nouveau lien d'activation a été envoyé à ${props.row.email}.`);
  });

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
              onClick={() => props.row.id && confirmation.ask(props.row.id)}
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
        {...confirmation.dialog}
        title="Renvoyer le lien d'activation ?"
        confirmLabel="Renvoyer le lien"
      >
        <p>
          Un nouveau lien sera envoyé à <strong>{props.row.email}</strong> ({name()}). Le lien envoyé
          auparavant ne fonctionnera plus.
        </p>
      </ConfirmDialog>
    </div>
  );
}
