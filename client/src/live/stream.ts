import type { DeliveredEvent } from '@portail/shared/live/events';
import type { Unsubscribable } from '@trpc/server/observable';
import { renewSession } from '../auth/access.ts';
import { trpc, wsClient } from '../trpc/client.ts';
import { appCodeOf } from '../trpc/errors.ts';
import { reconnectWithNewIdentity } from '../trpc/socket.ts';

export type Stream = { stop: () => void };

type StreamOptions = {
  /** Where this identity's stream was up to on this device (live/position.ts): the server replays from there. */
  from: string | null;
  /** Each event's id once handled, to be kept for the next start. */
  onPosition: (lastEventId: string) => void;
  onEvent: (delivered: DeliveredEvent) => void;
  /** The stream started again without a position to resume from: what happened meanwhile is unknown. */
  onGap: () => void;
};

const MAX_DELAY_MS = 30_000;
const backoff = (attempt: number) => Math.min(1000 * 2 ** attempt, MAX_DELAY_MS);

/** Calls `then` once the ws client is idle (a `close()` finished) or after a short while, whichever first. */
function afterClose(then: () => void) {
  if (wsClient.connectionState.get().state === 'idle') {
    setTimeout(then, 0);
    return;
  }
  let done = false;
  let watcher: Unsubscribable | undefined;
  const finish = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    watcher?.unsubscribe();
    setTimeout(then, 0);
  };
  const timer = setTimeout(finish, 1000);
  // A behaviour subject: it calls `next` with the current state at once, before `watcher` is set.
  watcher = wsClient.connectionState.subscribe({ next: (state) => state.state === 'idle' && finish() });
  if (done) watcher.unsubscribe();
}

/**
 * The `live.events` subscription of one signed-in identity. The ws client resends the last id by itself when its
 * socket reconnects; this keeps the id too, for the times the subscription itself ends: `wsClient.close()` (a
 * failed read, a renewed token) completes it, and an error (refused token, server away) fails it. It then
 * starts again from that id, so the server replays what was missed, once. The id is kept on the device too, so
 * that the next start of the app resumes from it as well.
 */
export function openStream(options: StreamOptions): Stream {
  let lastEventId = options.from;
  let started = false;
  let stopped = false;
  let attempt = 0;
  let current: { subscription?: Unsubscribable; over: boolean } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const start = () => {
    timer = undefined;
    if (stopped) return;
    const run: { subscription?: Unsubscribable; over: boolean } = { over: false };
    current = run;
    const resumed = started;
    started = true;
    const end = (error?: unknown) => {
      if (run.over) return;
      run.over = true;
      if (current === run) current = undefined;
      if (!stopped) void again(error);
    };
    run.subscription = trpc.live.events.subscribe(
      { lastEventId },
      {
        onStarted: () => {
          attempt = 0;
          if (resumed && lastEventId === null) options.onGap();
        },
        onData: ({ id, data }) => {
          lastEventId = id;
          options.onEvent(data);
          options.onPosition(id);
        },
        onError: (error) => end(error),
        onComplete: () => end(),
      },
    );
  };

  const again = async (error: unknown) => {
    if (error === undefined) {
      // Completed: the ws client was closed (read failure, new token). Start again on the next socket.
      afterClose(() => !stopped && !current && !timer && start());
      return;
    }
    if (appCodeOf(error) === 'UNAUTHENTICATED') {
      // The socket's token was refused: renew it, then open a socket that carries the new one. When the session
      // is over, the store signs out and the provider stops this stream.
      if (await renewSession()) await reconnectWithNewIdentity();
    }
    if (stopped || current || timer) return;
    timer = setTimeout(start, backoff(attempt++));
  };

  start();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
      const run = current;
      current = undefined;
      if (run) {
        run.over = true;
        run.subscription?.unsubscribe();
      }
    },
  };
}
