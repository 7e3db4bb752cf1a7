import { documentDownloadPath } from '@portail/shared/documents/labels';
import type { PublicDocument } from '@portail/shared/documents/schema';
import { createSignal, Show } from 'solid-js';
import { fileSizeLabel, fileTypeLabel } from './format.ts';

/**
 * A download link whose name tells the type and size before the parent taps it, as the DSFR's download
 * links do («PDF, 12 Ko»). `download` saves the file instead of leaving the installed app for a PDF viewer.
 * Offline, a document never opened on this device says so instead of failing (`unavailable`).
 */
export function DocumentLink(props: { document: PublicDocument; unavailable?: boolean }) {
  const [told, setTold] = createSignal(false);
  const details = () =>
    `${fileTypeLabel(props.document.mimeType, props.document.fileName)}, ${fileSizeLabel(props.document.sizeBytes)}`;
  const noteId = () => `document-${props.document.id}-hors-ligne`;
  return (
    <>
      <a
        class="download"
        href={documentDownloadPath(props.document.id)}
        download={props.document.fileName}
        aria-describedby={props.unavailable ? noteId() : undefined}
        onClick={(event) => {
          if (!props.unavailable) return;
          event.preventDefault();
          setTold(true);
        }}
      >
        <svg class="download__icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M12 3v11m0 0-4.5-4.5M12 14l4.5-4.5M4 16v3a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-3" />
        </svg>
        <span class="download__text">
          <span class="download__title">{props.document.title}</span>
          <span class="download__details">{details()}</span>
        </span>
      </a>
      <Show when={props.unavailable}>
        <p id={noteId()} class="download__offline" classList={{ 'download__offline--told': told() }}>
          Hors ligne : ce document n’a pas encore été ouvert sur cet appareil. Il sera disponible dès le
          retour de la connexion.
        </p>
      </Show>
    </>
  );
}
