import type { IncomingMessage } from 'node:http';
import {
  type AnyTRPCRouter,
  callTRPCProcedure,
  getErrorShape,
  getTRPCErrorFromUnknown,
  TRPCError,
  type TRPCProcedureType,
} from '@trpc/server';
import { parseConnectionParamsFromUnknown } from '@trpc/server/http';
import { parseTRPCMessage, type TRPCClientOutgoingMessage, type TRPCResponseMessage } from '@trpc/server/rpc';
import type { Logger } from 'pino';
import { type RawData, WebSocket } from 'ws';
import type { Context } from '../../trpc/context.ts';
import { AppError } from '../../trpc/errors.ts';
import { trpcErrorOf } from '../../trpc/trpc.ts';
import { KeepAlive } from './keep-alive.ts';
import { encodeData, encodeReply } from './replies.ts';

export type ConnectionParams = Record<string, string> | null;

export type ConnectionOptions = {
  router: AnyTRPCRouter;
  createContext: (req: IncomingMessage, socket: WebSocket, params: ConnectionParams) => Promise<Context>;
  keepAlive: { pingMs: number; pongWaitMs: number };
  /** A tab opens one; a client opening them in a loop is refused past this. */
  subscriptionsPerSocket: number;
  log: Logger;
};

type RequestId = TRPCResponseMessage['id'];
type Call = { id: RequestId; jsonrpc: '2.0' | undefined; path: string; input: unknown; batchIndex: number };
const UNKNOWN_CALL = { type: 'unknown', path: undefined, input: undefined } as const;

/**
 * Why a subscription's signal aborts. Given a reason, `abort()` does not build an AbortError with its stack
 * trace, which thousands of sockets closing at once (a restart) would pay for nothing.
 */
const STOPPED = new Error('subscription stopped by the client');
const CLOSED = new Error('socket closed');

const isAsyncIterable = (value: unknown): value is AsyncIterable<unknown> =>
  typeof value === 'object' && value !== null && Symbol.asyncIterator in value;

const tooManySubscriptions = () =>
  trpcErrorOf(
    new AppError('TOO_MANY_REQUESTS', {
      userMessage: 'Trop d’abonnements ouverts sur cette connexion : fermez des onglets puis réessayez.',
      devMessage: 'subscriptions per socket limit reached',
    }),
  );

// ws closes a socket that breaks the protocol by itself; one client's bad frame is not the server's error.
const ignoreSocketError = () => {};

/**
 * tRPC's WebSocket protocol on one socket, as `@trpc/client`'s `createWSClient` speaks it: connection
 * params, queries, mutations, subscriptions and their stop, keep-alive. tRPC itself runs every call
 * (`callTRPCProcedure`: input parsing, middlewares, errors through the router's formatter); this class only
 * carries messages. It replaces tRPC's adapter, which kept ~16 KiB and some forty closures per connection
 * and wrapped every subscription message in several promises: with one live subscription per open tab,
 * that set the server's memory and its fan-out time (bench/README «Where the time and memory go»).
 *
 * A subscription must end when its `signal` aborts (on `subscription.stop` or when the socket closes).
 */
export class SocketConnection {
  readonly #socket: WebSocket;
  readonly #options: ConnectionOptions;
  readonly #keepAlive: KeepAlive;
  /** The upgrade request, held only until the context is made from it and the connection params. */
  #awaitingParams: IncomingMessage | undefined;
  #context: Promise<Context | undefined> | undefined;
  readonly #subscriptions = new Map<RequestId, AbortController>();

  constructor(socket: WebSocket, request: IncomingMessage, options: ConnectionOptions) {
    this.#socket = socket;
    this.#options = options;
    this.#keepAlive = new KeepAlive(socket, options.keepAlive.pingMs, options.keepAlive.pongWaitMs);
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.searchParams.get('connectionParams') === '1') this.#awaitingParams = request;
    else this.#context = this.#start(request, () => null);
    socket.on('message', (data) => this.#receive(data));
    socket.on('error', ignoreSocketError);
    socket.once('close', () => this.#close());
  }

  get #config() {
    return this.#options.router._def._config;
  }

  #send(text: string): void {
    if (this.#socket.readyState === WebSocket.OPEN) this.#socket.send(text);
  }

  #replyError(
    call: Pick<Call, 'id' | 'jsonrpc'> & {
      type: TRPCProcedureType | 'unknown';
      path?: string;
      input?: unknown;
    },
    cause: unknown,
  ): void {
    const error = getTRPCErrorFromUnknown(cause);
    const { id, jsonrpc, type, path, input } = call;
    const shape = getErrorShape({ config: this.#config, error, type, path, input, ctx: undefined });
    this.#send(encodeReply(this.#config, { id, jsonrpc, error: shape }));
  }

  async #start(request: IncomingMessage, params: () => ConnectionParams): Promise<Context | undefined> {
    try {
      return await this.#options.createContext(request, this.#socket, params());
    } catch (cause) {
      this.#replyError({ id: null, jsonrpc: undefined, ...UNKNOWN_CALL }, cause);
      setImmediate(() => this.#socket.close());
      return undefined;
    }
  }

  #receive(data: RawData): void {
    this.#keepAlive.heard();
    const text = data.toString();
    if (text === 'PONG') return;
    if (text === 'PING') {
      this.#send('PONG');
      return;
    }
    const request = this.#awaitingParams;
    if (request) {
      this.#awaitingParams = undefined;
      this.#context = this.#start(request, () => connectionParamsOf(text));
      return;
    }
    let messages: TRPCClientOutgoingMessage[];
    try {
      const json: unknown = JSON.parse(text);
      messages = (Array.isArray(json) ? json : [json]).map((m) =>
        parseTRPCMessage(m, this.#config.transformer),
      );
    } catch (cause) {
      this.#replyError(
        { id: null, jsonrpc: undefined, ...UNKNOWN_CALL },
        new TRPCError({ code: 'PARSE_ERROR', cause }),
      );
      return;
    }
    for (const [batchIndex, message] of messages.entries()) this.#handle(message, batchIndex);
  }

  #handle(message: TRPCClientOutgoingMessage, batchIndex: number): void {
    const { id, jsonrpc } = message;
    if (id === null) {
      const error = new TRPCError({ code: 'PARSE_ERROR', message: '`id` is required' });
      this.#replyError({ id, jsonrpc, ...UNKNOWN_CALL }, error);
      return;
    }
    if (message.method === 'subscription.stop') {
      this.#subscriptions.get(id)?.abort(STOPPED);
      return;
    }
    const { path, lastEventId } = message.params;
    let { input } = message.params;
    // As tRPC's adapter does: the client's resume point reaches the procedure as an input field.
    if (lastEventId !== undefined) {
      input =
        typeof input === 'object' && input !== null ? { ...input, lastEventId } : (input ?? { lastEventId });
    }
    const call = { id, jsonrpc, path, input, batchIndex };
    const handled =
      message.method === 'subscription' ? this.#subscribe(call) : this.#call(call, message.method);
    // Both answer every failure of the call; this is for a reply that could not even be encoded.
    handled.catch((error: unknown) =>
      this.#options.log.error({ err: error, path }, 'WebSocket reply failed'),
    );
  }

  async #call(call: Call, type: 'query' | 'mutation'): Promise<void> {
    const { id, jsonrpc, path, input, batchIndex } = call;
    const ctx = await this.#context;
    if (!ctx) return;
    try {
      const data = await callTRPCProcedure({
        router: this.#options.router,
        path,
        getRawInput: async () => input,
        ctx,
        type,
        signal: undefined,
        batchIndex,
      });
      this.#send(encodeReply(this.#config, { id, jsonrpc, result: { type: 'data', data } }));
    } catch (cause) {
      this.#replyError({ ...call, type }, cause);
    }
  }

  /** Why a new subscription under `id` is refused, if it is. */
  #refusal(id: RequestId): TRPCError | undefined {
    if (this.#subscriptions.has(id))
      return new TRPCError({ code: 'BAD_REQUEST', message: `Duplicate id ${id}` });
    if (this.#subscriptions.size >= this.#options.subscriptionsPerSocket) return tooManySubscriptions();
    return undefined;
  }

  async #subscribe(call: Call): Promise<void> {
    const { id, jsonrpc, path, input, batchIndex } = call;
    const refusal = this.#refusal(id);
    if (refusal) {
      this.#replyError({ ...call, type: 'subscription' }, refusal);
      return;
    }
    // Registered before any await, so that a stop or a close while the context is made cancels it.
    const stop = new AbortController();
    this.#subscriptions.set(id, stop);
    let iterating = false;
    try {
      const ctx = await this.#context;
      if (!ctx || stop.signal.aborted) return;
      const stream = await callTRPCProcedure({
        router: this.#options.router,
        path,
        getRawInput: async () => input,
        ctx,
        type: 'subscription',
        signal: stop.signal,
        batchIndex,
      });
      if (!isAsyncIterable(stream)) {
        throw new TRPCError({
          code: 'INTERNAL_SERVER_ERROR',
          message: `${path} did not return an async generator`,
        });
      }
      this.#send(encodeReply(this.#config, { id, jsonrpc, result: { type: 'started' } }));
      iterating = true;
      // Leaving the loop early returns the generator, which runs its `finally` (it unsubscribes).
      for await (const value of stream) {
        if (stop.signal.aborted) break;
        this.#send(encodeData(this.#config, id, jsonrpc, value));
      }
    } catch (cause) {
      if (stop.signal.aborted) return;
      // A procedure's own failure is logged by its middleware; one in the stream it returned is logged here.
      if (iterating) this.#options.log.error({ err: cause, path }, 'subscription failed');
      this.#replyError({ ...call, type: 'subscription' }, cause);
    } finally {
      this.#subscriptions.delete(id);
    }
    this.#send(encodeReply(this.#config, { id, jsonrpc, result: { type: 'stopped' } }));
  }

  #close(): void {
    this.#keepAlive.stop();
    this.#awaitingParams = undefined;
    for (const stop of this.#subscriptions.values()) stop.abort(CLOSED);
  }
}

function connectionParamsOf(text: string): ConnectionParams {
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch (cause) {
    throw new TRPCError({ code: 'PARSE_ERROR', message: 'Malformed TRPCConnectionParamsMessage', cause });
  }
  const data =
    typeof message === 'object' && message !== null && 'data' in message ? message.data : undefined;
  return parseConnectionParamsFromUnknown(data) as ConnectionParams;
}
