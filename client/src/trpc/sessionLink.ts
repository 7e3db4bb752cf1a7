import type { AppRouter } from '@portail/server/router';
import { TRPCClientError, type TRPCLink } from '@trpc/client';
import { observable, type Unsubscribable } from '@trpc/server/observable';
import { renewSession } from '../auth/access.ts';
import { appCodeOf } from './errors.ts';

/** The procedures that read or set the refresh cookie: a WebSocket frame carries no cookie. */
export const cookieProcedures: ReadonlySet<string> = new Set([
  'auth.login',
  'auth.refresh',
  'auth.logout',
  'auth.logoutEverywhere',
  'auth.activate',
  'auth.resetPassword',
]);

/** The server refused the token (expired while the tab slept, or the socket opened without one). */
const sessionRejected = (error: unknown, path: string) =>
  appCodeOf(error) === 'UNAUTHENTICATED' && !cookieProcedures.has(path);

/** The socket closed under a read, e.g. the server's 4001 at the token's expiry: the next socket is fresh. */
const socketClosed = (error: unknown) =>
  error instanceof TRPCClientError &&
  !error.shape &&
  error.cause instanceof Error &&
  error.cause.name === 'TRPCWebSocketClosedError';

let recovering: Promise<boolean> | undefined;

/**
 * One renewal for all the calls the old socket refused at once; the socket is then reopened, since the server
 * reads the token once per connection.
 */
function recover(reconnect: () => Promise<void>): Promise<boolean> {
  recovering ??= renewSession()
    .then(async (renewed) => {
      if (renewed) await reconnect();
      return renewed;
    })
    .finally(() => {
      recovering = undefined;
    });
  return recovering;
}

/**
 * Retries a call once when the session can go on: after renewing the session for a refused token, or at once
 * for a read whose socket closed. The page keeps its state; a session really over ends in the store.
 */
export function sessionLink(options: { reconnect: () => Promise<void> }): TRPCLink<AppRouter> {
  return () =>
    ({ op, next }) =>
      observable((observer) => {
        let current: Unsubscribable | undefined;
        let retried = false;
        let stopped = false;
        const attempt = () => {
          current = next(op).subscribe({
            next: (value) => observer.next(value),
            complete: () => observer.complete(),
            error: (error) => {
              if (retried || stopped || op.type === 'subscription') return observer.error(error);
              if (sessionRejected(error, op.path)) {
                retried = true;
                void recover(options.reconnect).then((renewed) => {
                  if (stopped) return;
                  if (renewed) attempt();
                  else observer.error(error);
                });
              } else if (op.type === 'query' && socketClosed(error)) {
                retried = true;
                attempt();
              } else {
                observer.error(error);
              }
            },
          });
        };
        attempt();
        return () => {
          stopped = true;
          current?.unsubscribe();
        };
      });
}
