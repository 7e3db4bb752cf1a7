import { createSignal, Show } from 'solid-js';
import { errorText, saveFile } from './files.ts';

/** « Éditer vos factures » (guide §1): the invoice as a PDF, saved as « facture-<numéro>.pdf ». */
export function PdfButton(props: { number: string; path: string }) {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');
  const download = async () => {
    setBusy(true);
    setError('');
    try {
      await saveFile(props.path, `facture-${props.number}.pdf`);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span class="pdf-button">
      <button
        type="button"
        class="button button--secondary button--small"
        aria-disabled={busy() ? 'true' : undefined}
        onClick={() => !busy() && void download()}
      >
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
          <path
            d="M12 3v11m0 0-4.5-4.5M12 14l4.5-4.5M4 16v3a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-3"
            fill="none"
            stroke="currentColor"
            stroke-width="2"
            stroke-linecap="round"
            stroke-linejoin="round"
          />
        </svg>
        {busy() ? 'Préparation…' : 'Éditer la facture'}
        <span class="visually-hidden"> n° {props.number} (PDF)</span>
      </button>
      <span role="alert" class="pdf-button__error">
        <Show when={error()}>{error()}</Show>
      </span>
    </span>
  );
}
