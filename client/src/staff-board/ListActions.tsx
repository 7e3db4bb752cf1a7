import { createSignal, Show } from 'solid-js';
import { DownloadError } from './download.ts';

type Props = {
  /** «la liste de présence»: said in the buttons' names, as several lists share the page. */
  what: string;
  onPrint: () => void;
  onDownload: () => Promise<void>;
};

/** «Imprimer» and «Télécharger (CSV)» for one list; a failed download says why, in French. */
export function ListActions(props: Props) {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');
  const download = async () => {
    if (busy()) return;
    setBusy(true);
    setError('');
    try {
      await props.onDownload();
    } catch (caught) {
      setError(caught instanceof DownloadError ? caught.message : 'Le téléchargement a échoué. Réessayez.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="list-actions no-print">
      <div class="actions">
        <button type="button" class="button button--secondary" onClick={() => props.onPrint()}>
          Imprimer <span class="visually-hidden">{props.what}</span>
        </button>
        <button
          type="button"
          class="button button--secondary"
          disabled={busy()}
          onClick={() => void download()}
        >
          Télécharger (CSV) <span class="visually-hidden">{props.what}</span>
        </button>
      </div>
      <div role="alert">
        <Show when={error()}>
          <p class="notice notice--error">{error()}</p>
        </Show>
      </div>
    </div>
  );
}
