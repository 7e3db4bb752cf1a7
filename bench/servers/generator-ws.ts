/**
 * Baseline (d), for information: the least a tab costs in the design the live issue asks for, a subscription
 * that is an async generator. A bare `ws` server where each socket runs one async generator, read by a
 * `for await` loop that sends what it yields and ended by an `AbortSignal` when the socket closes, and
 * nothing else: no tRPC, no context, no token, no timers. On the load generator's word it hands the given
 * messages to every subscriber, as the bus hands rows; each is sent as it is (serialised once).
 */
import { WebSocketServer } from 'ws';
import { serveSubscribers } from './subscribers.ts';

const subscribers = new Set<(messages: string[]) => void>();

async function* subscription(signal: AbortSignal) {
  const queue: string[] = [];
  let wake: (() => void) | undefined;
  const subscriber = (messages: string[]) => {
    queue.push(...messages);
    wake?.();
  };
  const onAbort = () => wake?.();
  subscribers.add(subscriber);
  signal.addEventListener('abort', onAbort);
  try {
    while (!signal.aborted) {
      const next = queue.shift();
      if (next === undefined) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = undefined;
        continue;
      }
      yield next;
    }
  } finally {
    subscribers.delete(subscriber);
    signal.removeEventListener('abort', onAbort);
  }
}

const wss = new WebSocketServer({
  host: '127.0.0.1',
  port: Number(process.env.PORT),
  perMessageDeflate: false,
});
wss.on('connection', (socket) => {
  const stop = new AbortController();
  socket.once('close', () => stop.abort());
  (async () => {
    for await (const message of subscription(stop.signal)) socket.send(message);
  })();
});

serveSubscribers(wss, subscribers);
