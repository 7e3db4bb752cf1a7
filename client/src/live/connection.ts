import { type Accessor, createMemo, createSignal, onCleanup } from 'solid-js';
import { socketState } from '../trpc/socket.ts';

/** What the header says: the device's network and the portal's socket, from the parent's point of view. */
export type Connection = 'connecting' | 'connected' | 'reconnecting' | 'offline';

export const connectionLabels: Record<Connection, string> = {
  connecting: 'Connexion…',
  connected: 'Connecté',
  reconnecting: 'Reconnexion…',
  offline: 'Hors ligne',
};

/**
 * The connection's state for the signed-in tab. `navigator.onLine` first (the socket may take a while to
 * notice a lost network), then the ws client's own state: «pending» is tRPC's word for an open socket.
 */
export function createConnection(options: { onBackOnline: () => void }): Accessor<Connection> {
  const [socket, setSocket] = createSignal(socketState.get());
  const [online, setOnline] = createSignal(navigator.onLine);
  /** Whether a socket opened since this tab started: before that, it is connecting, not reconnecting. */
  const [opened, setOpened] = createSignal(false);
  const watcher = socketState.subscribe({
    next: (state) => {
      setSocket(state);
      if (state.state === 'pending') setOpened(true);
    },
  });
  const goOnline = () => {
    setOnline(true);
    options.onBackOnline();
  };
  const goOffline = () => setOnline(false);
  window.addEventListener('online', goOnline);
  window.addEventListener('offline', goOffline);
  onCleanup(() => {
    watcher.unsubscribe();
    window.removeEventListener('online', goOnline);
    window.removeEventListener('offline', goOffline);
  });
  return createMemo(() => {
    if (!online()) return 'offline';
    const state = socket();
    if (state.state === 'pending') return 'connected';
    return opened() || state.error ? 'reconnecting' : 'connecting';
  });
}
