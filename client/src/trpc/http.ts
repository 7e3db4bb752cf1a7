import { accessToken } from '../auth/access.ts';
import { HttpCallError } from './errors.ts';
import type { RouterOutputs, SignedIn } from './types.ts';

type PublicReads = {
  'municipality.get': RouterOutputs['municipality']['get'];
  'documents.listPublic': RouterOutputs['documents']['listPublic'];
};

type Answer<T> = { result?: { data: T }; error?: { message: string; code: number; data?: unknown } };

/**
 * The calls the home page makes before anyone touches it, by plain `fetch` on tRPC's HTTP endpoints (the server
 * answers `/trpc/<path>`: GET for queries, POST for mutations), so that its first download holds no tRPC client.
 * They fail like the client's calls: `userMessage` and `appCodeOf` read both alike.
 */
async function call<T>(path: string, init: RequestInit, timeoutMs: number): Promise<T> {
  let answer: Answer<T>;
  try {
    const response = await fetch(`/trpc/${path}`, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    answer = (await response.json()) as Answer<T>;
  } catch (cause) {
    throw new HttpCallError('no answer from the server', undefined, { cause });
  }
  if (answer.result) return answer.result.data;
  if (answer.error) throw new HttpCallError(answer.error.message, answer.error);
  throw new HttpCallError('unexpected answer from the server');
}

/** A public query: the S.E.J.'s card, the published documents. */
export const publicRead = <P extends keyof PublicReads>(path: P, timeoutMs = 15_000) =>
  call<PublicReads[P]>(path, {}, timeoutMs);

/**
 * `auth.refresh`, as the client's cookie link sends it: same origin, so the refresh cookie (SameSite=Strict,
 * Path=/trpc) goes along. The session is checked at start without waiting for the tRPC client to load.
 */
export function refreshSession(timeoutMs = 15_000): Promise<SignedIn> {
  const token = accessToken();
  return call<SignedIn>(
    'auth.refresh',
    {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    },
    timeoutMs,
  );
}
