import { type Accessor, createSignal, onCleanup } from 'solid-js';
import { socketFailed, socketState } from '../trpc/socket.ts';

export type Network = {
  /** What the device says (`navigator.onLine`): false is sure, true only means «maybe». */
  online: Accessor<boolean>;
  /** The portal's socket failed and waits to try again: the server cannot be reached right now. */
  socketFailed: Accessor<boolean>;
  /** Calls `listener` when the connection comes back: the device's network, or the socket reopened. */
  onBack: (listener: () => void) => void;
};

/** The device's network and the portal's socket, for deciding whether a submission can go now. */
export function createNetwork(): Network {
  const [online, setOnline] = createSignal(navigator.onLine);
  const [failed, setFailed] = createSignal(socketFailed());
  const listeners = new Set<() => void>();
  const back = () => {
    for (const listener of listeners) listener();
  };
  let wasOpen = socketState.get().state === 'pending';
  const watcher = socketState.subscribe({
    next: (state) => {
      setFailed(socketFailed());
      const open = state.state === 'pending'; // tRPC's word for an open socket
      if (open && !wasOpen) back();
      wasOpen = open;
    },
  });
  const goOnline = () => {
    setOnline(true);
    back();
  };
  const goOffline = () => setOnline(false);
  window.addEventListener('online', goOnline);
  window.addEventListener('offline', goOffline);
  onCleanup(() => {
    watcher.unsubscribe();
    window.removeEventListener('online', goOnline);
    window.removeEventListener('offline', goOffline);
  });
  return { online, socketFailed: failed, onBack: (listener) => void listeners.add(listener) };
}
