/**
 * The tab's WebSocket as the frame sees it, without the tRPC client: the client (`client.ts`, with its links
 * and socket code) is loaded only when a call needs it, so a visitor of the home page never downloads it.
 * Before it is loaded there is no socket: idle, nothing failed, nothing to close.
 */
export type SocketState = { state: 'idle' | 'connecting' | 'pending'; error: unknown };

type Watcher = { next: (state: SocketState) => void };

let current: SocketState = { state: 'idle', error: null };
const watchers = new Set<Watcher>();
let close: (() => Promise<void>) | undefined;

/** The tRPC client, loaded on first use (the browser keeps the module: later calls get the same one). */
export const loadClient = () => import('./client.ts');

/** A behaviour subject, as the ws client's own `connectionState`: `next` is called at once with the state. */
export const socketState = {
  get: (): SocketState => current,
  subscribe(watcher: Watcher) {
    const own = { next: watcher.next };
    watchers.add(own);
    own.next(current);
    return { unsubscribe: () => void watchers.delete(own) };
  },
};

/** Called once by `client.ts` when it is loaded: its socket's states are relayed from then on. */
export function attachSocket(socket: {
  connectionState: { subscribe: (watcher: Watcher) => unknown };
  close: () => Promise<void>;
}) {
  close = () => socket.close();
  socket.connectionState.subscribe({
    next: (state) => {
      current = state;
      for (const watcher of watchers) watcher.next(state);
    },
  });
}

/** The socket failed and waits for its backoff (up to 30 s): worth cutting short when the network is back. */
export const socketFailed = () => current.state === 'connecting' && current.error !== null;

/** After sign-in or sign-out: the next call opens a socket with the new identity (lazy mode reopens it). */
export const reconnectWithNewIdentity = (): Promise<void> => close?.() ?? Promise.resolve();
