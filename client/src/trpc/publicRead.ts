import { PublicReadError } from './errors.ts';
import type { RouterOutputs } from './types.ts';

type PublicReads = {
  'municipality.get': RouterOutputs['municipality']['get'];
  'documents.listPublic': RouterOutputs['documents']['listPublic'];
};

type Answer<T> = { result?: { data: T }; error?: { message: string; code: number; data?: unknown } };

/**
 * A public query over tRPC's HTTP GET (`/trpc/<path>`: the server answers queries there too), for what anyone
 * sees before signing in: the home page reads its contact card and documents without downloading the tRPC
 * client. It fails like the client's `read` (`userMessage` words both alike), after `timeoutMs` at the latest.
 */
export async function publicRead<P extends keyof PublicReads>(
  path: P,
  timeoutMs = 15_000,
): Promise<PublicReads[P]> {
  let answer: Answer<PublicReads[P]>;
  try {
    const response = await fetch(`/trpc/${path}`, { signal: AbortSignal.timeout(timeoutMs) });
    answer = (await response.json()) as Answer<PublicReads[P]>;
  } catch (cause) {
    throw new PublicReadError('no answer from the server', undefined, { cause });
  }
  if (answer.result) return answer.result.data;
  if (answer.error) throw new PublicReadError(answer.error.message, answer.error);
  throw new PublicReadError('unexpected answer from the server');
}
