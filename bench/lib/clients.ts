import WebSocket from 'ws';
import { now } from './procs.ts';

/**
 * The load generator's side: many WebSockets from one process, opened in batches. In `trpc` mode each one
 * speaks the tRPC 11 WebSocket protocol as the PWA's `createWSClient` does (URL `?connectionParams=1`, a
 * `connectionParams` message with the token, then the `live.events` subscription, and PONG for every PING);
 * in `plain` mode it only connects. Receipt times are taken first thing in the `message` handler; messages
 * are kept as raw buffers and parsed only after the measurement, so the client does as little as possible
 * while the deliveries come in.
 */
export type Mode = 'trpc' | 'plain';

const CONNECTION_PARAMS = (token: string) => JSON.stringify({ method: 'connectionParams', data: { token } });
const SUBSCRIBE = JSON.stringify({
  id: 1,
  method: 'subscription',
  params: { path: 'live.events', input: { lastEventId: null } },
});

/** Source addresses in 127.0.0.0/8, rotated so that tens of thousands of short connections don't exhaust ports. */
const sourceAddress = (i: number) => `127.0.0.${1 + (i % 8)}`;

const isPing = (data: Buffer) => data.length === 4 && data.toString('latin1') === 'PING';
const isPong = (data: Buffer) => data.length === 4 && data.toString('latin1') === 'PONG';

export type Recording = { times: number[]; who: number[]; bufs: Buffer[] };

export class SessionPool {
  readonly url: string;
  readonly mode: Mode;
  readonly sockets: WebSocket[] = [];
  /** Data messages that arrived outside a measurement window. */
  unexpected = 0;
  /** Close codes of sockets the server closed while they were in use (4001 token expired, 4002 too slow…). */
  readonly serverCloses = new Map<number, number>();
  #opened = 0;
  #closing = false;
  #recording: Recording | undefined;
  #target = 0;
  #onTarget: (() => void) | undefined;

  constructor(url: string, mode: Mode) {
    this.url = mode === 'trpc' ? `${url}?connectionParams=1` : url;
    this.mode = mode;
  }

  get size(): number {
    return this.sockets.length;
  }

  /** Opens sockets until there are `count`, `batch` at a time, each batch waited for (subscribed in trpc mode). */
  async grow(
    count: number,
    tokenFor: (index: number) => string,
    options: { batch?: number; timeoutMs?: number } = {},
  ) {
    const batch = options.batch ?? 250;
    const deadline = Date.now() + (options.timeoutMs ?? 120_000);
    while (this.sockets.length < count) {
      if (Date.now() > deadline)
        throw new Error(`only ${this.sockets.length} of ${count} sockets opened in time`);
      const size = Math.min(batch, count - this.sockets.length);
      const opening = Array.from({ length: size }, () => {
        const index = this.sockets.length;
        const { socket, ready } = this.#open(index, tokenFor(index));
        this.sockets.push(socket);
        return ready;
      });
      const timeout = new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('a batch of sockets did not open within 30 s')), 30_000).unref(),
      );
      await Promise.race([Promise.all(opening), timeout]);
    }
  }

  #open(index: number, token: string): { socket: WebSocket; ready: Promise<void> } {
    const socket = new WebSocket(this.url, {
      perMessageDeflate: false,
      skipUTF8Validation: true,
      handshakeTimeout: 30_000,
      localAddress: sourceAddress(this.#opened++),
    });
    const ready = new Promise<void>((resolve, reject) => {
      let isReady = false;
      socket.on('open', () => {
        if (this.mode === 'plain') {
          isReady = true;
          resolve();
          return;
        }
        socket.send(CONNECTION_PARAMS(token));
        socket.send(SUBSCRIBE);
      });
      socket.on('message', (data: Buffer) => {
        const t = now();
        if (isPing(data)) {
          socket.send('PONG');
          return;
        }
        if (isPong(data)) return;
        if (!isReady) {
          const message = JSON.parse(data.toString('utf8')) as { result?: { type?: string } };
          if (message.result?.type === 'started') {
            isReady = true;
            resolve();
          } else reject(new Error(`subscription refused: ${data.toString('utf8').slice(0, 300)}`));
          return;
        }
        this.#record(t, index, data);
      });
      socket.on('error', (error) => {
        if (!isReady) reject(error);
      });
      socket.on('close', (code) => {
        if (!isReady) reject(new Error(`socket closed (${code}) before it was ready`));
        else if (!this.#closing) this.serverCloses.set(code, (this.serverCloses.get(code) ?? 0) + 1);
      });
    });
    return { socket, ready };
  }

  #record(t: number, who: number, data: Buffer) {
    const recording = this.#recording;
    if (!recording) {
      this.unexpected++;
      return;
    }
    recording.times.push(t);
    recording.who.push(who);
    recording.bufs.push(data);
    if (recording.times.length === this.#target) this.#onTarget?.();
  }

  /** Starts a measurement window; resolves true once `target` messages arrived, false after `timeoutMs`. */
  record(target: number, timeoutMs: number): Promise<boolean> {
    this.#recording = { times: [], who: [], bufs: [] };
    this.#target = target;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#onTarget = undefined;
        resolve(false);
      }, timeoutMs);
      this.#onTarget = () => {
        clearTimeout(timer);
        this.#onTarget = undefined;
        resolve(true);
      };
    });
  }

  /** Ends the window and hands over what arrived in it. */
  take(): Recording {
    const recording = this.#recording ?? { times: [], who: [], bufs: [] };
    this.#recording = undefined;
    return recording;
  }

  /** Closes every socket with a normal close handshake (as a tab that closes), terminating stragglers. */
  async closeAll(timeoutMs = 30_000): Promise<void> {
    this.#closing = true;
    const closed = this.sockets.map(
      (socket) =>
        new Promise<void>((resolve) => {
          if (socket.readyState === WebSocket.CLOSED) return resolve();
          socket.once('close', () => resolve());
          socket.close(1000);
        }),
    );
    const timer = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref());
    await Promise.race([Promise.all(closed), timer]);
    for (const socket of this.sockets) if (socket.readyState !== WebSocket.CLOSED) socket.terminate();
    this.sockets.length = 0;
    this.#closing = false;
  }
}

/** One tRPC connection that makes calls (the deciding agent's tab), with the time each answer arrived. */
export class TrpcCaller {
  readonly #socket: WebSocket;
  readonly #pending = new Map<number, (reply: { tAck: number; body: string }) => void>();
  #id = 0;

  private constructor(socket: WebSocket) {
    this.#socket = socket;
    socket.on('message', (data: Buffer) => {
      const tAck = now();
      if (isPing(data)) {
        socket.send('PONG');
        return;
      }
      const body = data.toString('utf8');
      if (isPong(data)) return;
      const id = (JSON.parse(body) as { id?: number }).id;
      const resolve = typeof id === 'number' ? this.#pending.get(id) : undefined;
      if (resolve && typeof id === 'number') {
        this.#pending.delete(id);
        resolve({ tAck, body });
      }
    });
  }

  static connect(url: string, token: string): Promise<TrpcCaller> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(`${url}?connectionParams=1`, { perMessageDeflate: false });
      socket.once('open', () => {
        socket.send(CONNECTION_PARAMS(token));
        resolve(new TrpcCaller(socket));
      });
      socket.once('error', reject);
    });
  }

  /** Sends a mutation; `tSend` just before the send, `tAck` when the answer came back. */
  mutate(path: string, input: unknown, timeoutMs = 30_000) {
    const id = ++this.#id;
    return new Promise<{ tSend: number; tAck: number; data?: unknown; error?: unknown }>(
      (resolve, reject) => {
        const timer = setTimeout(() => {
          this.#pending.delete(id);
          reject(new Error(`${path}: no answer within ${timeoutMs} ms`));
        }, timeoutMs);
        let tSend = 0;
        this.#pending.set(id, ({ tAck, body }) => {
          clearTimeout(timer);
          const reply = JSON.parse(body) as { result?: { data?: unknown }; error?: unknown };
          resolve({ tSend, tAck, data: reply.result?.data, error: reply.error });
        });
        tSend = now();
        this.#socket.send(JSON.stringify({ id, method: 'mutation', params: { path, input } }));
      },
    );
  }

  close(): void {
    this.#socket.close(1000);
  }
}
