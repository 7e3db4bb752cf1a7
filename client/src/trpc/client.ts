import type { AppRouter } from '@portail/server/router';
import { createTRPCClient, createWSClient, httpLink, splitLink, wsLink } from '@trpc/client';
import { accessToken, freshToken } from '../auth/access.ts';
import { cookieProcedures, sessionLink } from './sessionLink.ts';
import { attachSocket, socketFailed } from './socket.ts';

const wsUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/trpc`;

/**
 * One WebSocket per tab, opened at the first call and closed after a minute without any: a parent reading the
 * home page does not keep a socket open for nothing. The pings find a connection a phone dropped silently.
 * The token is read at each (re)connection: the server closes the socket (4001) when it expires.
 */
export const wsClient = createWSClient({
  url: wsUrl,
  connectionParams: async () => {
    const token = await freshToken();
    return token ? { token } : {};
  },
  lazy: { enabled: true, closeMs: 60_000 },
  keepAlive: { enabled: true, intervalMs: 25_000, pongTimeoutMs: 10_000 },
});

/**
 * Same origin, so the refresh cookie (SameSite=Strict, Path=/trpc) goes along; the token goes as a header.
 * `keepalive`: a sign-out still reaches the server when the app is closed right after it (small bodies only).
 */
const cookieLink = httpLink<AppRouter>({
  url: '/trpc',
  headers: (): Record<string, string> => {
    const token = accessToken();
    return token ? { authorization: `Bearer ${token}` } : {};
  },
  fetch: (url, init) => fetch(url, { ...init, credentials: 'same-origin', keepalive: true }),
});

export const trpc = createTRPCClient<AppRouter>({
  links: [
    sessionLink({ reconnect: () => wsClient.close() }),
    splitLink({
      condition: (op) => cookieProcedures.has(op.path),
      true: cookieLink,
      false: wsLink({ client: wsClient }),
    }),
  ],
});

attachSocket(wsClient);

/**
 * Runs a read that gives up when the connection fails or after `timeoutMs`. Over a WebSocket a call otherwise
 * waits for the connection to come back; the parent would see «Chargement…» forever instead of «Réessayer».
 */
export async function read<T>(call: (options: { signal: AbortSignal }) => Promise<T>, timeoutMs = 15_000) {
  // A lazy client reopens at once on the next call once closed; without this, «Réessayer» would wait for the
  // client's own backoff (up to 30 s) before trying the server again.
  if (socketFailed()) await wsClient.close();
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException('délai dépassé', 'TimeoutError')),
    timeoutMs,
  );
  const subscription = wsClient.connectionState.subscribe({
    next: () => {
      if (socketFailed()) controller.abort(new DOMException('connexion impossible', 'NetworkError'));
    },
  });
  try {
    return await call({ signal: controller.signal });
  } finally {
    clearTimeout(timer);
    subscription.unsubscribe();
  }
}
