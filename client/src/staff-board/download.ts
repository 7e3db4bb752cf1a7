import { freshToken, renewSession } from '../auth/access.ts';
import { messages } from '../trpc/errors.ts';

/** Why a download failed, in French; the agent can try again. */
export class DownloadError extends Error {
  override name = 'DownloadError';
}

async function fetchWithToken(url: string): Promise<Response> {
  const get = (token: string | undefined) =>
    fetch(url, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
      credentials: 'same-origin',
      cache: 'no-store',
    });
  let response = await get(await freshToken());
  // The token may have expired while the tab slept: renew once, as the tRPC calls do.
  if (response.status === 401 && (await renewSession())) response = await get(await freshToken());
  return response;
}

/**
 * Downloads a staff export (CSV) with the session's access token, then saves it under `fileName`: a plain
 * link cannot carry the Authorization header, and the token never goes in a URL (logs, history).
 */
export async function downloadFile(url: string, fileName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetchWithToken(url);
  } catch {
    throw new DownloadError(messages.offline);
  }
  if (response.status === 401 || response.status === 403) {
    throw new DownloadError(
      'Votre session ne permet pas ce téléchargement : reconnectez-vous, puis réessayez.',
    );
  }
  if (!response.ok) throw new DownloadError('Le fichier n’a pas pu être préparé. Réessayez dans un instant.');
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(href), 30_000);
}
