import { type DocumentMimeType, documentMimeTypes } from '@portail/shared/documents/schema';
import { fileTypeFromBuffer } from 'file-type';

/** The extensions a saved file may end with, per type; the first is the one given when none fits. */
const extensions: Record<DocumentMimeType, string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/webp': ['webp'],
};

/**
 * The type read from the file's magic bytes, never from its name or the browser's claim: an executable or a
 * script renamed `.pdf` is refused, and the file is served later with the type it really has.
 */
export async function sniffDocumentType(bytes: Uint8Array): Promise<DocumentMimeType | undefined> {
  const found = await fileTypeFromBuffer(bytes);
  return documentMimeTypes.find((type) => type === found?.mime);
}

const MAX_LENGTH = 100;
// Control and invisible formatting characters (bidi overrides can disguise an extension), and the characters
// Windows, macOS or a shell refuse or read specially in a file name.
const unwanted = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
const reserved = /[<>:"/\\|?*]/g;
const windowsDevice = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name safe to send back in `Content-Disposition` and to save on any system: the last segment of
 * whatever path the browser sent (both separators), without control or reserved characters, accents kept,
 * at most 100 characters, ending with the extension of the sniffed type.
 */
export function cleanFileName(raw: string, type: DocumentMimeType): string {
  const base = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = base.replace(unwanted, '').replace(reserved, '_').replace(/\s+/g, ' ').trim();
  const dot = cleaned.lastIndexOf('.');
  const given = dot >= 0 ? cleaned.slice(dot + 1).toLowerCase() : '';
  const allowed = extensions[type];
  const kept = allowed.includes(given);
  const extension = kept ? given : (allowed[0] as string);
  // Leading dots would hide the file; trailing dots and spaces are dropped by Windows.
  let stem = (kept ? cleaned.slice(0, dot) : cleaned).replace(/^[\s.]+|[\s.]+$/g, '');
  if (windowsDevice.test(stem)) stem = `_${stem}`;
  // Cut by code points: never inside a surrogate pair, and accents are single code points once NFC.
  const room = MAX_LENGTH - extension.length - 1;
  stem = Array.from(stem)
    .slice(0, room)
    .join('')
    .replace(/[\s.]+$/, '');
  return `${stem || 'document'}.${extension}`;
}
