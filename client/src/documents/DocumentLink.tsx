import { documentDownloadPath, type PublicDocument } from '@portail/shared/documents/schema';
import { fileSizeLabel, fileTypeLabel } from './format.ts';

/**
 * A download link whose name tells the type and size before the parent taps it, as the DSFR's download
 * links do («PDF, 12 Ko»). `download` saves the file instead of leaving the installed app for a PDF viewer.
 */
export function DocumentLink(props: { document: PublicDocument }) {
  const details = () =>
    `${fileTypeLabel(props.document.mimeType, props.document.fileName)}, ${fileSizeLabel(props.document.sizeBytes)}`;
  return (
    <a class="download" href={documentDownloadPath(props.document.id)} download={props.document.fileName}>
      <svg class="download__icon" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M12 3v11m0 0-4.5-4.5M12 14l4.5-4.5M4 16v3a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-3" />
      </svg>
      <span class="download__text">
        <span class="download__title">{props.document.title}</span>
        <span class="download__details">{details()}</span>
      </span>
    </a>
  );
}
