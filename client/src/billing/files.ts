import { accessToken, renewSession } from '../auth/access.ts';
import { messages } from '../trpc/errors.ts';

/** A file the server refused or could not send, worded for the person who asked for it. */
export class FileError extends Error {
  override name = 'FileError';
}

const fetchWithToken = (path: string) => {
  const token = accessToken();
  return fetch(path, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    cache: 'no-store',
    credentials: 'same-origin',
  });
};

/**
 * Fetches a file that needs the access token (a link cannot carry the Authorization header), renewing the
 * session once if the token expired meanwhile.
 */
async function fetchFile(path: string): Promise<Blob> {
  let response: Response;
  try {
    response = await fetchWithToken(path);
    if (response.status === 401 && (await renewSession())) response = await fetchWithToken(path);
  } catch {
    throw new FileError(messages.offline);
  }
  if (response.status === 401) throw new FileError('Votre session a expiré. Veuillez vous reconnecter.');
  if (response.status === 404) throw new FileError('Ce document est introuvable.');
  if (!response.ok) {
    const text = response.headers.get('content-type')?.startsWith('text/plain') ? await response.text() : '';
    throw new FileError(text || messages.unexpected);
  }
  return response.blob();
}

/** Saves the file under `fileName` (« facture-2026-00012.pdf »): on a phone too, where a new tab may be blocked. */
export async function saveFile(path: string, fileName: string): Promise<void> {
  const blob = await fetchFile(path);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the blob when the download starts; keep it a little in case it is slow to.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const errorText = (error: unknown) =>
  error instanceof FileError ? error.message : messages.unexpected;
