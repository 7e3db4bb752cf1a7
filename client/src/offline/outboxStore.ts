import type { SubmitReservationInput } from '@portail/shared/bookings/planning';
import { appCodeOf, isCallError } from '../trpc/errors.ts';
import { loadClient, reconnectWithNewIdentity, socketFailed } from '../trpc/socket.ts';
import { readAll, remove, write } from './db.ts';
import { changeStoredDraft } from './drafts.ts';
import {
  createOutbox,
  type Failure,
  type OutboxEntry,
  type OutboxStore,
  outboxEntryOf,
  withoutSent,
} from './outbox.ts';

/** The outbox in IndexedDB. A refused write fails the enqueue: the parent is told, nothing is lost silently. */
const store: OutboxStore = {
  list: (owner) => readAll('outbox', owner, outboxEntryOf),
  put: async (entry) => {
    if (!(await write('outbox', entry))) throw new Error('outbox: écriture refusée');
  },
  remove: (id) => remove('outbox', id),
};

/** Worth trying again later: no answer at all, a session to renew, or the server momentarily unwell. */
const retryLater = new Set(['INTERNAL', 'UNAVAILABLE', 'TOO_MANY_REQUESTS', 'CONFLICT']);

export function classify(error: unknown): Failure {
  const code = appCodeOf(error);
  if (code === 'UNAUTHENTICATED') return 'session';
  if (isCallError(error) && code && !retryLater.has(code)) return { rejected: error.message };
  return 'network';
}

const SEND_TIMEOUT_MS = 20_000;

/**
 * One submission over the socket. It gives up after a while instead of waiting for a socket that may never
 * come back; the id makes the next try harmless (the server answers it again without applying it twice).
 */
export async function sendSubmission(input: SubmitReservationInput) {
  const { trpc } = await loadClient();
  // A lazy client in its backoff would wait up to 30 s: start afresh now that the network is said to be back.
  if (socketFailed()) await reconnectWithNewIdentity();
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException('délai dépassé', 'TimeoutError')),
    SEND_TIMEOUT_MS,
  );
  try {
    return await trpc.bookings.submit.mutate(input, { signal: controller.signal });
  } finally {
    clearTimeout(timer);
  }
}

/** Tabs of one browser share the outbox: one of them sends at a time. */
function exclusive<T>(task: () => Promise<T>): Promise<T> {
  return 'locks' in navigator ? navigator.locks.request('portail-famille:outbox', task) : task();
}

/** A sent submission's lines leave the stored draft they came from: the grid then shows them booked. */
async function takeOutOfDraft(entry: OutboxEntry) {
  const key = { childId: entry.input.childId, periodId: entry.input.periodId };
  await changeStoredDraft(entry.owner, key, (draft) => withoutSent(draft, entry.input.lines));
}

export const createDeviceOutbox = () =>
  createOutbox({ store, send: sendSubmission, classify, exclusive, onAnswered: takeOutOfDraft });
