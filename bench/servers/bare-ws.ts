/**
 * Baseline (a): a bare `ws` server. On the load generator's word it sends the given messages (the very
 * bytes the portal sends for one decision) to every connected client, serialised once, and answers with
 * the time the send loop started on its own clock. No tRPC, no database, no per-client work.
 */
import { WebSocketServer } from 'ws';

const wallClock = () => performance.timeOrigin + performance.now();
const wss = new WebSocketServer({
  host: '127.0.0.1',
  port: Number(process.env.PORT),
  perMessageDeflate: false,
});

type Request = { rid: number; type: string; messages?: string[] };

process.on('message', (message: Request) => {
  if (message?.type === 'broadcast') {
    const t0 = wallClock();
    let sent = 0;
    for (const text of message.messages ?? [])
      for (const client of wss.clients)
        if (client.readyState === 1) {
          client.send(text);
          sent++;
        }
    process.send?.({ rid: message.rid, t0, t1: wallClock(), sent });
  } else if (message?.type === 'clients') {
    process.send?.({ rid: message.rid, count: wss.clients.size });
  }
});

wss.on('listening', () => process.send?.({ type: 'ready' }));
process.once('SIGTERM', () => {
  for (const client of wss.clients) client.terminate();
  wss.close(() => process.exit(0));
});
