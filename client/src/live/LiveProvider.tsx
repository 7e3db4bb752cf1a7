import type { DeliveredEvent, LiveEvent, LiveEventType } from '@portail/shared/live/events';
import {
  type Accessor,
  createContext,
  createEffect,
  createMemo,
  getOwner,
  type JSX,
  on,
  onCleanup,
  untrack,
  useContext,
} from 'solid-js';
import { useSession } from '../auth/SessionProvider.tsx';
import { reconnectWithNewIdentity, socketFailed } from '../trpc/socket.ts';
import { type Connection, createConnection } from './connection.ts';
import { createNotices, type Notice, type Notices } from './notices.ts';
import { forgetPosition, loadPosition, savePosition } from './position.ts';
import type { Stream } from './stream.ts';

export type LiveEventOf<T extends LiveEventType> = Extract<LiveEvent, { type: T }>;
export type LiveHandler<T extends LiveEventType> = (event: LiveEventOf<T>, delivered: DeliveredEvent) => void;

export type Live = {
  /** The connection as the header shows it; undefined when nobody is signed in (no stream then). */
  connection: Accessor<Connection | undefined>;
  /**
   * Calls `handler` for each event of these types. Called in a component, it stops with it (onCleanup);
   * the returned function stops it sooner.
   */
  onLiveEvent: <T extends LiveEventType>(types: T | readonly T[], handler: LiveHandler<T>) => () => void;
  /** Shows a notice in the page's notice region (see LiveNotices). */
  notify: (notice: Notice) => void;
  notices: Notices;
};

const LiveContext = createContext<Live>();

/**
 * One live stream per signed-in tab: it starts at sign-in, stops at sign-out and starts again for a new
 * identity (another person signed in from another tab), then hands each event to the features listening.
 */
export function LiveProvider(props: { children: JSX.Element }) {
  const session = useSession();
  const handlers = new Map<LiveEventType, Set<(event: LiveEvent, delivered: DeliveredEvent) => void>>();
  const notices = createNotices();
  let stream: Stream | undefined;

  const dispatch = (delivered: DeliveredEvent) => {
    for (const handler of handlers.get(delivered.event.type) ?? []) {
      try {
        handler(delivered.event, delivered);
      } catch (error) {
        console.error('live: a handler failed', error); // one feature's bug must not starve the others
      }
    }
  };
  /** Without a position to resume from, nobody knows what was missed: every page reads its data again. */
  const reloadAll = () =>
    dispatch({ id: '', at: new Date().toISOString(), event: { type: 'reload', reason: 'too_far_behind' } });

  const identity = createMemo(() => {
    const profile = session.profile();
    return session.status() === 'signed-in' && profile ? `${profile.kind}:${profile.email}` : undefined;
  });
  createEffect(
    on(identity, (who, previous) => {
      stream?.stop();
      stream = undefined;
      notices.clear();
      // Signed out, or someone else signed in: the device may be shared, nobody resumes another's stream.
      // Merely offline (the session could not be checked), the position stays for when it comes back.
      if (previous && previous !== who && untrack(session.status) !== 'offline') void forgetPosition();
      if (!who) return;
      let replaced = false;
      onCleanup(() => {
        replaced = true;
      });
      // The stream's code (and the tRPC client) is fetched only once someone is signed in.
      void Promise.all([loadPosition(who), import('./stream.ts')]).then(([from, { openStream }]) => {
        if (replaced) return;
        stream = openStream({
          from,
          onEvent: dispatch,
          onGap: reloadAll,
          onPosition: (id) => savePosition(who, id),
        });
      });
    }),
  );
  onCleanup(() => stream?.stop());

  const connection = createConnection({
    // The socket may be waiting out its backoff (up to 30 s): start afresh now that the network is back.
    onBackOnline: () => {
      if (stream && socketFailed()) void reconnectWithNewIdentity();
    },
  });

  const live: Live = {
    connection: () => (identity() ? connection() : undefined),
    onLiveEvent(types, handler) {
      const list: readonly LiveEventType[] = typeof types === 'string' ? [types] : types;
      const call = handler as (event: LiveEvent, delivered: DeliveredEvent) => void;
      for (const type of list) {
        const set = handlers.get(type) ?? new Set();
        set.add(call);
        handlers.set(type, set);
      }
      const stop = () => {
        for (const type of list) handlers.get(type)?.delete(call);
      };
      if (getOwner()) onCleanup(stop);
      return stop;
    },
    notify: (notice) => void notices.notify(notice),
    notices,
  };
  return <LiveContext.Provider value={live}>{props.children}</LiveContext.Provider>;
}

/** The live stream of the signed-in tab. */
export function useLive(): Live {
  const value = useContext(LiveContext);
  if (!value) throw new Error('useLive() hors de <LiveProvider>');
  return value;
}
