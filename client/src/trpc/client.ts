import type { AppRouter } from '@portail/server/router';
import { createTRPCClient, createWSClient, wsLink } from '@trpc/client';

const wsUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/trpc`;

/**
 * One WebSocket per tab, opened at the first call and closed after a minute without any: a parent reading the
 * home page does not keep a socket open for nothing. The pings find a connection a phone dropped silently.
 */
export const wsClient = createWSClient({
  url: wsUrl,
  lazy: { enabled: true, closeMs: 60_000 },
  keepAlive: { enabled: true, intervalMs: 25_000, pongTimeoutMs: 10_000 },
});

export const trpc = createTRPCClient<AppRouter>({ links: [wsLink({ client: wsClient })] });

const connectionFailed = () => {
  const state = wsClient.connectionState.get();
  return state.state === 'connecting' && state.error !== null;
};

/**
 * Runs a read that gives up when the connection fails or after `timeoutMs`. Over a WebSocket a call otherwise
 * waits for the connection to come back; the parent would see «Chargement…» forever instead of «Réessayer».
 */
export async function read<T>(call: (options: { signal: AbortSignal }) => Promise<T>, timeoutMs = 15_000) {
  // A lazy client reopens at once on the next call once closed; without this, «Réessayer» would wait for the
  // client's own backoff (up to 30 s) before trying the server again.
  if (connectionFailed()) await wsClient.close();
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException('délai dépassé', 'TimeoutError')),
    timeoutMs,
  );
  const subscription = wsClient.connectionState.subscribe({
    next: () => {
      if (connectionFailed()) controller.abort(new DOMException('connexion impossible', 'NetworkError'));
    },
  });
  try {
    return await call({ signal: controller.signal });
  } finally {
    clearTimeout(timer);
    subscription.unsubscribe();
  }
}
