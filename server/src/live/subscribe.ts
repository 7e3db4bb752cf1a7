import type { MikroORM } from '@mikro-orm/postgresql';
import type { DeliveredEvent } from '@portail/shared/live/events';
import { tracked } from '@trpc/server';
import type { WebSocket } from 'ws';
import { type LiveAudience, type LiveBus, type LiveRow, toLiveRow } from './bus.ts';

/** Events waiting for a socket; past this the subscriber is told to reload rather than buffered forever. */
const MAX_QUEUE = 1000;
/** A client that resumes further behind than this reloads its data instead of replaying. */
const MAX_BACKFILL = 500;
/** Bytes the socket may hold unsent before the server gives up on a slow client and closes it. */
export const MAX_BUFFERED_BYTES = 1024 * 1024;

function reload(id: number, reason: 'too_far_behind' | 'too_slow') {
  const delivered: DeliveredEvent = {
    id: String(id),
    at: new Date().toISOString(),
    event: { type: 'reload', reason },
  };
  return tracked(delivered.id, delivered);
}

/**
 * The live stream of one subscriber: listen first, then backfill from `lastEventId` out of the table, then
 * live, skipping what the backfill already gave. Every event is yielded once, in id order.
 */
export async function* liveEvents(options: {
  bus: LiveBus;
  orm: MikroORM;
  audience: LiveAudience;
  lastEventId: string | null | undefined;
  signal: AbortSignal | undefined;
  socket: WebSocket | undefined;
}) {
  const { bus, orm, audience, signal, socket } = options;
  const queue: LiveRow[] = [];
  let overflow = false;
  let wake: (() => void) | undefined;
  const unsubscribe = bus.subscribe(audience, (row) => {
    if (queue.length >= MAX_QUEUE) overflow = true;
    else queue.push(row);
    wake?.();
  });
  const onAbort = () => wake?.();
  signal?.addEventListener('abort', onAbort);
  try {
    let last = options.lastEventId ? Number(options.lastEventId) : bus.watermark;
    if (options.lastEventId) {
      const backfill = await backfillSince(orm, audience, last, bus.watermark);
      if (backfill === 'too_far_behind') {
        last = bus.watermark;
        yield reload(last, 'too_far_behind');
      } else {
        for (const row of backfill) {
          last = row.id;
          yield tracked(row.delivered.id, row.delivered);
        }
      }
    }
    while (!signal?.aborted) {
      if (overflow) {
        overflow = false;
        queue.length = 0;
        last = bus.watermark;
        yield reload(last, 'too_slow');
      }
      const row = queue.shift();
      if (!row) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = undefined;
        continue;
      }
      if (row.id <= last) continue;
      if (socket && socket.bufferedAmount > MAX_BUFFERED_BYTES) {
        // It resumes from its last id when it reconnects; the server keeps nothing for it meanwhile.
        socket.close(4002, 'client trop lent');
        return;
      }
      last = row.id;
      yield tracked(row.delivered.id, row.delivered);
    }
  } finally {
    unsubscribe();
    signal?.removeEventListener('abort', onAbort);
  }
}

/** Reads with a fork of its own, dropped when it returns: the subscription lives on without one. */
async function backfillSince(orm: MikroORM, audience: LiveAudience, after: number, upTo: number) {
  const em = orm.em.fork();
  const [bounds] = await em.execute<{ min: string | null; max: string | null }[]>(
    'select min(id) as min, max(id) as max from live_event',
  );
  // Events after `after` were pruned (replaying the rest would leave holes), or the id was never given out.
  if (bounds?.min && after < Number(bounds.min) - 1) return 'too_far_behind' as const;
  if (after > Number(bounds?.max ?? 0)) return 'too_far_behind' as const;
  const filter = 'familyId' in audience ? '(for_families or family_id = ?)' : 'for_staff';
  const params = 'familyId' in audience ? [after, upTo, audience.familyId] : [after, upTo];
  const rows = await em.execute<Parameters<typeof toLiveRow>[0][]>(
    `select id, family_id, for_families, for_staff, payload, created_at from live_event
     where id > ? and id <= ? and ${filter} order by id limit ${MAX_BACKFILL + 1}`,
    params,
  );
  if (rows.length > MAX_BACKFILL) return 'too_far_behind' as const;
  return rows.map(toLiveRow);
}
