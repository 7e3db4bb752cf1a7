/**
 * Baseline (c), for information: what tRPC's own WebSocket adapter costs by itself. The adapter and options
 * the portal used until December 2026 (`applyWSSHandler`, keep-alive, `connectionParams`; the portal now
 * carries the protocol itself, server/src/http/socket/), one `live.events` subscription per socket that
 * yields tracked events exactly like the portal's; but no database, no token, no audience, no ORM. Each
 * subscriber is handed the event objects the load generator sends, as the bus hands rows.
 */
import { initTRPC, tracked } from '@trpc/server';
import { applyWSSHandler } from '@trpc/server/adapters/ws';
import { WebSocketServer } from 'ws';
import { z } from 'zod';
import { serveSubscribers } from './subscribers.ts';

type Delivered = { id: string; at: string; event: unknown };
const subscribers = new Set<(events: Delivered[]) => void>();

const t = initTRPC.create();
const router = t.router({
  live: t.router({
    events: t.procedure.input(z.object({ lastEventId: z.string().nullish() })).subscription(async function* ({
      signal,
    }) {
      const queue: Delivered[] = [];
      let wake: (() => void) | undefined;
      const subscriber = (events: Delivered[]) => {
        queue.push(...events);
        wake?.();
      };
      const onAbort = () => wake?.();
      subscribers.add(subscriber);
      signal?.addEventListener('abort', onAbort);
      try {
        while (!signal?.aborted) {
          const next = queue.shift();
          if (!next) {
            await new Promise<void>((resolve) => {
              wake = resolve;
            });
            wake = undefined;
            continue;
          }
          yield tracked(next.id, next);
        }
      } finally {
        subscribers.delete(subscriber);
        signal?.removeEventListener('abort', onAbort);
      }
    }),
  }),
});

const wss = new WebSocketServer({
  host: '127.0.0.1',
  port: Number(process.env.PORT),
  perMessageDeflate: false,
});
applyWSSHandler({
  wss,
  router,
  createContext: () => ({}),
  keepAlive: { enabled: true, pingMs: 30_000, pongWaitMs: 10_000 },
});

serveSubscribers(wss, subscribers);
