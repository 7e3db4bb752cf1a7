import { createSignal, Show } from 'solid-js';
import { useSession } from '../auth/SessionProvider.tsx';
import { DeskForm } from './DeskForm.tsx';

/** « Enregistrer un paiement au guichet »: folded until asked for, the monitor stays the page's subject. */
export function DeskPayment(props: { onRecorded: () => void }) {
  const session = useSession();
  const [open, setOpen] = createSignal(false);
  return (
    <section class="staff-billing__section" aria-labelledby="desk-title">
      <h2 id="desk-title">Paiement au guichet</h2>
      <button
        type="button"
        class="button button--secondary"
        aria-expanded={open()}
        aria-controls="desk-panel"
        onClick={() => setOpen(!open())}
      >
        Enregistrer un paiement au guichet
      </button>
      <div id="desk-panel" hidden={!open()}>
        <Show
          when={session.profile()?.role === 'admin'}
          fallback={
            <p class="notice notice--info">
              Les factures d'un mois se choisissent depuis la facturation, réservée aux administrateurs :
              demandez à un administrateur d'enregistrer ce paiement.
            </p>
          }
        >
          <Show when={open()}>
            <DeskForm onRecorded={props.onRecorded} />
          </Show>
        </Show>
      </div>
    </section>
  );
}
