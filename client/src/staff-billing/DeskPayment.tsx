import { createSignal, Show } from 'solid-js';
import { DeskForm } from './DeskForm.tsx';

/** « Enregistrer un paiement au guichet »: folded until asked for, the monitor stays the page's subject. */
export function DeskPayment(props: { onRecorded: () => void }) {
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
        <Show when={open()}>
          <DeskForm onRecorded={props.onRecorded} />
        </Show>
      </div>
    </section>
  );
}
