import type { SubmitReservationInput } from '@portail/shared/bookings/planning';
import type { PublicDocument } from '@portail/shared/documents/schema';
import {
  type Accessor,
  createContext,
  createEffect,
  createMemo,
  createSignal,
  type JSX,
  on,
  onCleanup,
  useContext,
} from 'solid-js';
import { useSession } from '../auth/SessionProvider.tsx';
import { type DraftStorage, memoryStorage } from '../bookings/draft.ts';
import { useLive } from '../live/LiveProvider.tsx';
import { removeOwner } from './db.ts';
import { draftStorage } from './drafts.ts';
import { forgetUnpublished, saveAhead } from './files.ts';
import { createNetwork } from './network.ts';
import type { OutboxEntry } from './outbox.ts';
import type { createDeviceOutbox } from './outboxStore.ts';
import { publicOwner, saveRead } from './reads.ts';
import { type Source, sources } from './sources.ts';

export type Offline = {
  /** Whose data the pages read and keep: the guardian signed in, or offline on this device. */
  owner: Accessor<string | undefined>;
  /** The guardian's session could not be checked (no network, server away): nothing is read with it. */
  sessionUnchecked: Accessor<boolean>;
  /** The device says it is online (it may still be wrong; false is sure). */
  online: Accessor<boolean>;
  /** The server can probably be reached: the device is online and the socket has not failed. */
  connected: Accessor<boolean>;
  /** A submission can be sent now: network, socket and session are there. */
  canSend: Accessor<boolean>;
  /** Where the planning grid keeps its drafts for the current owner. */
  drafts: Accessor<DraftStorage>;
  outbox: {
    /** The owner's submissions waiting to be sent, and answers not read yet, oldest first. */
    entries: Accessor<OutboxEntry[]>;
    enqueue: (input: SubmitReservationInput, about: OutboxEntry['about']) => Promise<OutboxEntry>;
    dismiss: (id: string) => void;
    /** An open page shows this entry itself (the flow that queued it): the global notices leave it out. */
    claim: (id: string) => () => void;
    claimed: Accessor<ReadonlySet<string>>;
  };
  /** Pages showing saved data say since when; the banner shows the oldest. */
  saved: {
    show: (id: symbol, savedAt: string) => void;
    hide: (id: symbol) => void;
    oldest: Accessor<string | undefined>;
  };
  /** Counts the pages reading a source: the provider reads ahead only the sources nobody shows. */
  track: (name: string) => () => void;
};

const OfflineContext = createContext<Offline>();

/** Menus and documents before the parent needs them, and the family's lists. */
const ahead: Source<unknown>[] = [
  sources.account,
  sources.children,
  sources.reservations,
  sources.invoices,
  sources.payments,
  sources.menus,
  sources.documents,
];

/**
 * The family's data and work on this device (DOMAIN.md «Live and offline»): who owns it, the drafts, the
 * outbox and when it sends, the reads kept ahead. Inside the live provider: live events refresh what is kept.
 */
export function OfflineProvider(props: { children: JSX.Element }) {
  const session = useSession();
  const live = useLive();
  const network = createNetwork();
  // The guardian whose data this device shows: signed in, or offline (the session could not be checked).
  const guardian = createMemo(() => {
    const profile = session.profile();
    return profile?.kind === 'guardian' ? profile : undefined;
  });
  const signedIn = () => session.status() === 'signed-in';
  /** Who may read and send with the session right now. */
  const sender = createMemo(() => (signedIn() ? guardian()?.email : undefined));
  // The reads kept for a guardian go at a real sign-out, or when someone else signs in here: the device may be
  // shared. Merely offline, they stay (that is their use). Drafts and outbox stay too, for their owner.
  createEffect(
    on(
      () => guardian()?.email,
      (email, previous) => previous && previous !== email && void removeOwner('reads', previous),
    ),
  );
  const owner = () => guardian()?.email;
  const drafts = createMemo(() => {
    const who = owner();
    return who ? draftStorage(who) : memoryStorage;
  });
  const connected = () => network.online() && !network.socketFailed();
  const canSend = () => connected() && Boolean(sender());

  // The outbox: sent by itself whenever the connection or the session comes back.
  const [entries, setEntries] = createSignal<OutboxEntry[]>([]);
  const [claimed, setClaimed] = createSignal<ReadonlySet<string>>(new Set());
  // Its code (the IndexedDB store, the sending) is fetched once a guardian is there, never for a visitor;
  // a failed fetch (offline, app not installed) is tried again at the next use.
  let loading: Promise<ReturnType<typeof createDeviceOutbox>> | undefined;
  const deviceOutbox = () => {
    loading ??= import('./outboxStore.ts').then(
      (m) => m.createDeviceOutbox(),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  const reloadEntries = async () => {
    const who = owner();
    const list = who ? await (await deviceOutbox()).list(who) : [];
    if (who === owner()) setEntries(list.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt)));
  };
  let retry: ReturnType<typeof setTimeout> | undefined;
  let delay = 5_000;
  const flush = async () => {
    const who = sender();
    if (!who || !network.online()) return;
    clearTimeout(retry);
    const report = await (await deviceOutbox()).flush(who);
    await reloadEntries();
    if (report.stopped === 'network' && network.online()) {
      // Online but unanswered (poor signal, server away): try again, less and less often.
      retry = setTimeout(() => void flush(), delay);
      delay = Math.min(delay * 2, 120_000);
    } else {
      delay = 5_000;
    }
  };
  createEffect(on(owner, () => void reloadEntries()));
  createEffect(on([sender, network.online], ([who, online]) => who && online && void flush()));
  network.onBack(() => void flush());
  const onVisible = () => document.visibilityState === 'visible' && void flush();
  document.addEventListener('visibilitychange', onVisible);
  onCleanup(() => {
    clearTimeout(retry);
    document.removeEventListener('visibilitychange', onVisible);
  });

  // Saved data on screen: the banner says since when.
  const [shown, setShown] = createSignal<ReadonlyMap<symbol, string>>(new Map());
  const oldest = createMemo(() => [...shown().values()].sort()[0]);

  // Reads kept ahead: after sign-in, and again when a live event says they changed and no page shows them.
  const tracked = new Map<string, number>();
  const keep = async (source: Source<unknown>) => {
    const who = source.public ? publicOwner : sender();
    if (!who || !network.online()) return;
    try {
      const data = await source.fetch();
      await saveRead(who, source.name, data);
      if (source === sources.documents) {
        const documents = data as PublicDocument[];
        await forgetUnpublished(documents);
        await saveAhead(documents);
      }
    } catch {
      // Offline again, or the server away: what was kept stays.
    }
  };
  const keepUnshown = (source: Source<unknown>) => !tracked.get(source.name) && void keep(source);
  createEffect(
    on(sender, (email) => {
      if (!email) return;
      // After the pages' own first reads: on a poor connection they come first.
      const timer = setTimeout(() => {
        for (const source of ahead) keepUnshown(source);
        // Read even if shown: it also fetches the menus and plannings documents ahead.
        if (tracked.get(sources.documents.name)) void keep(sources.documents);
      }, 3_000);
      onCleanup(() => clearTimeout(timer));
    }),
  );
  live.onLiveEvent(['reservation.submitted', 'reservation.decided'], () => keepUnshown(sources.reservations));
  live.onLiveEvent(['payment.updated', 'invoice.issued'], () => {
    keepUnshown(sources.invoices);
    keepUnshown(sources.payments);
  });
  live.onLiveEvent('menu.published', () => keepUnshown(sources.menus));
  live.onLiveEvent('document.published', () => void keep(sources.documents));
  live.onLiveEvent('reload', () => {
    for (const source of ahead) keepUnshown(source);
  });

  const value: Offline = {
    owner,
    sessionUnchecked: () => session.status() === 'offline',
    online: network.online,
    connected,
    canSend,
    drafts,
    outbox: {
      entries,
      async enqueue(input, about) {
        const who = owner();
        if (!who) throw new Error('outbox: personne');
        const entry = await (await deviceOutbox()).enqueue(who, input, about);
        await reloadEntries();
        if (canSend()) void flush();
        return entry;
      },
      dismiss(id) {
        const who = owner();
        if (who) void deviceOutbox().then((outbox) => outbox.dismiss(who, id).then(reloadEntries));
      },
      claim(id) {
        setClaimed((set) => new Set(set).add(id));
        return () =>
          setClaimed((set) => {
            const next = new Set(set);
            next.delete(id);
            return next;
          });
      },
      claimed,
    },
    saved: {
      show: (id, savedAt) => setShown((map) => new Map(map).set(id, savedAt)),
      hide: (id) =>
        setShown((map) => {
          const next = new Map(map);
          next.delete(id);
          return next;
        }),
      oldest,
    },
    track(name) {
      tracked.set(name, (tracked.get(name) ?? 0) + 1);
      return () => tracked.set(name, (tracked.get(name) ?? 1) - 1);
    },
  };
  return <OfflineContext.Provider value={value}>{props.children}</OfflineContext.Provider>;
}

/** The device's copy of the family's data and work. */
export function useOffline(): Offline {
  const value = useContext(OfflineContext);
  if (!value) throw new Error('useOffline() hors de <OfflineProvider>');
  return value;
}
