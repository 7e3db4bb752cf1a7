/**
 * What baselines (c) and (d) share: their subscribers are handed the items the load generator sends over
 * IPC (as the bus hands rows), the reply carries the moment that started on this process's clock, and the
 * load generator can ask how many subscribers are left.
 */
import type { WebSocketServer } from 'ws';

type Request<T> = { rid: number; type: string; items?: T[] };

export function serveSubscribers<T>(wss: WebSocketServer, subscribers: Set<(items: T[]) => void>): void {
  const wallClock = () => performance.timeOrigin + performance.now();
  process.on('message', (message: Request<T>) => {
    if (message?.type === 'broadcast') {
      const t0 = wallClock();
      for (const subscriber of subscribers) subscriber(message.items ?? []);
      process.send?.({ rid: message.rid, t0 });
    } else if (message?.type === 'clients') {
      process.send?.({ rid: message.rid, count: subscribers.size });
    }
  });
  wss.on('listening', () => process.send?.({ type: 'ready' }));
  process.once('SIGTERM', () => {
    for (const client of wss.clients) client.terminate();
    wss.close(() => process.exit(0));
  });
}
