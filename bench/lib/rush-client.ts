import WebSocket from 'ws';
import { now } from './procs.ts';

/**
 * One family's tab as the PWA opens it: a WebSocket to `/trpc?connectionParams=1`, the token in the
 * `connectionParams` message, the `live.events` subscription (id 1), then queries and mutations on the same
 * socket, each answered by id. PINGs are answered with PONG. Live events are kept with their time of receipt.
 */
export type CallResult = {
  ms: number;
  tAck: number;
  data?: unknown;
  error?: { message: string; appCode?: string };
};
export type LiveEvent = { t: number; type: string; number?: string };

type Pending = { tSend: number; resolve: (r: CallResult) => void; timer: NodeJS.Timeout };

export class FamilySocket {
  readonly events: LiveEvent[] = [];
  closedByServer: number | undefined;
  readonly #socket: WebSocket;
  readonly #pending = new Map<number, Pending>();
  #id = 1;

  private constructor(socket: WebSocket) {
    this.#socket = socket;
  }

  /** Opens, authenticates and subscribes; resolves once the subscription has started. */
  static open(url: string, token: string, localAddress: string, timeoutMs = 30_000): Promise<FamilySocket> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(`${url}?connectionParams=1`, {
        perMessageDeflate: false,
        localAddress,
        handshakeTimeout: timeoutMs,
      });
      const client = new FamilySocket(socket);
      let started = false;
      const timer = setTimeout(() => {
        if (!started) {
          socket.terminate();
          reject(new Error('subscription not started in time'));
        }
      }, timeoutMs);
      socket.on('open', () => {
        socket.send(JSON.stringify({ method: 'connectionParams', data: { token } }));
        socket.send(
          JSON.stringify({
            id: 1,
            method: 'subscription',
            params: { path: 'live.events', input: { lastEventId: null } },
          }),
        );
      });
      socket.on('message', (raw: Buffer) => {
        const t = now();
        if (raw.length === 4) {
          const text = raw.toString('latin1');
          if (text === 'PING') socket.send('PONG');
          if (text === 'PING' || text === 'PONG') return;
        }
        const message = JSON.parse(raw.toString('utf8')) as {
          id?: number;
          result?: { type?: string; data?: unknown };
          error?: { message: string; data?: { appCode?: string } };
        };
        if (message.id === 1) {
          if (message.result?.type === 'started') {
            started = true;
            clearTimeout(timer);
            resolve(client);
          } else if (message.result?.type === 'data') {
            const event = (message.result.data as { data?: { event?: { type: string; number?: string } } })
              ?.data?.event;
            if (event) client.events.push({ t, type: event.type, number: event.number });
          } else if (message.error && !started) {
            clearTimeout(timer);
            reject(new Error(`subscription refused: ${message.error.message}`));
          }
          return;
        }
        const pending = typeof message.id === 'number' ? client.#pending.get(message.id) : undefined;
        if (!pending || typeof message.id !== 'number') return;
        client.#pending.delete(message.id);
        clearTimeout(pending.timer);
        pending.resolve({
          ms: t - pending.tSend,
          tAck: t,
          data: message.result?.data,
          error: message.error
            ? { message: message.error.message, appCode: message.error.data?.appCode }
            : undefined,
        });
      });
      socket.on('error', (error) => {
        if (!started) {
          clearTimeout(timer);
          reject(error);
        }
      });
      socket.on('close', (code) => {
        client.closedByServer ??= code;
        for (const [id, p] of client.#pending) {
          clearTimeout(p.timer);
          p.resolve({ ms: now() - p.tSend, tAck: now(), error: { message: `socket closed (${code})` } });
          client.#pending.delete(id);
        }
      });
    });
  }

  call(method: 'query' | 'mutation', path: string, input: unknown, timeoutMs = 60_000): Promise<CallResult> {
    const id = ++this.#id;
    return new Promise((resolve) => {
      const tSend = now();
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        resolve({ ms: now() - tSend, tAck: now(), error: { message: `no answer within ${timeoutMs} ms` } });
      }, timeoutMs);
      this.#pending.set(id, { tSend, resolve, timer });
      this.#socket.send(JSON.stringify({ id, method, params: { path, input } }));
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.#socket.readyState === WebSocket.CLOSED) return resolve();
      const timer = setTimeout(() => {
        this.#socket.terminate();
        resolve();
      }, 5000);
      this.#socket.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      this.closedByServer = 0;
      this.#socket.close(1000);
    });
  }
}

/** Source addresses 127.0.0.1–8 for the families (see clients.ts); the abusive client uses another one. */
export const familyAddress = (i: number) => `127.0.0.${1 + (i % 8)}`;
export const ABUSER_ADDRESS = '127.0.0.9';
