import { documentUploadPath } from '@portail/shared/documents/schema';
import { freshToken, renewSession } from '../auth/access.ts';
import { messages } from '../trpc/errors.ts';

export type UploadOutcome = { ok: true; id: string } | { ok: false; message: string };

type Reply = { status: number; text: string };

/** One POST, with the upload's progress (fetch cannot report it; XMLHttpRequest can). */
function post(body: FormData, token: string | undefined, onProgress: (fraction: number) => void) {
  return new Promise<Reply | undefined>((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', documentUploadPath);
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    xhr.onload = () => resolve({ status: xhr.status, text: xhr.responseText });
    xhr.onerror = () => resolve(undefined);
    xhr.ontimeout = () => resolve(undefined);
    xhr.send(body);
  });
}

/**
 * Sends a document to `POST /files/documents` (multipart: category, title, publishedFrom, publishedUntil,
 * file) with the staff member's token, renewed once if the server says it expired. The server's refusals are
 * French sentences, shown as they are.
 */
export async function uploadDocument(
  body: FormData,
  onProgress: (fraction: number) => void,
): Promise<UploadOutcome> {
  let reply = await post(body, await freshToken(), onProgress);
  if (reply?.status === 401 && (await renewSession()))
    reply = await post(body, await freshToken(), onProgress);
  if (!reply) return { ok: false, message: messages.offline };
  if (reply.status === 201) {
    try {
      return { ok: true, id: (JSON.parse(reply.text) as { id: string }).id };
    } catch {
      return { ok: false, message: messages.unexpected };
    }
  }
  const sentence = reply.text.trim();
  if (reply.status < 500 && sentence && sentence.length < 400 && !sentence.startsWith('{')) {
    return { ok: false, message: sentence };
  }
  return { ok: false, message: messages.unexpected };
}
