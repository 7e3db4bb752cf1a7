import { createEffect, createMemo, createResource, createSignal, onCleanup } from 'solid-js';
import { userMessage } from '../trpc/errors.ts';
import type { Query } from '../trpc/query.ts';
import { useOffline } from './OfflineProvider.tsx';
import { loadRead, publicOwner, type Saved, saveRead } from './reads.ts';
import type { Source } from './sources.ts';

export type CachedQuery<T> = Query<T> & {
  /** When the data shown was read, if it is the copy kept on the device because the server could not be reached. */
  savedAt: () => string | undefined;
};

export const notSavedYet =
  'Ces informations ne sont pas encore enregistrées sur cet appareil. Elles s’afficheront dès le retour de la connexion.';

/**
 * A page's read that also works offline. The copy kept on the device shows at once (a phone on a poor signal
 * does not wait for the server to see its data), the server's answer replaces it and is kept in turn. When the
 * server cannot be reached, the copy stays, with the time it was read (the banner says «Hors ligne — données
 * du …»). Without a copy, the error says why, in French, as `createQuery` does.
 */
export function createCachedQuery<T>(source: Source<T>): CachedQuery<T> {
  const offline = useOffline();
  const owner = () => (source.public ? publicOwner : offline.owner());
  onCleanup(offline.track(source.name));

  const [saved, { refetch: reloadSaved, mutate: setSaved }] = createResource(
    owner,
    (who): Promise<Saved<T> | undefined> => loadRead<T>(who, source.name),
  );
  // The server is not even tried when it surely cannot answer: no network, or no session to read with.
  const reachable = () => offline.online() && (source.public || !offline.sessionUnchecked());
  const [attempt, setAttempt] = createSignal(0);
  const [fresh, { refetch }] = createResource(
    () => (reachable() ? `${owner() ?? ''}#${attempt()}` : false),
    async () => {
      const data = await source.fetch();
      const who = owner();
      if (who) {
        void saveRead(who, source.name, data);
        // Should a later read fail, the page falls back on this answer, not on an older copy.
        setSaved({ data, savedAt: new Date().toISOString() });
      }
      return data;
    },
  );
  const failed = () => fresh.state === 'errored';
  const latest = () => (fresh.state === 'ready' || fresh.state === 'refreshing' ? fresh.latest : undefined);
  const savedData = () => (saved.state === 'ready' ? saved()?.data : undefined);

  const retry = () => {
    if (reachable()) void refetch();
    else void reloadSaved();
  };
  const retryIfFailed = () => failed() && setAttempt((n) => n + 1);
  window.addEventListener('online', retryIfFailed);
  onCleanup(() => window.removeEventListener('online', retryIfFailed));

  const savedAt = createMemo(() => {
    if (latest() !== undefined) return undefined;
    const copy = saved.state === 'ready' ? saved() : undefined;
    return copy && (failed() || !reachable()) ? copy.savedAt : undefined;
  });
  const id = Symbol(source.name);
  createEffect(() => {
    const at = savedAt();
    if (at) offline.saved.show(id, at);
    else offline.saved.hide(id);
  });
  onCleanup(() => offline.saved.hide(id));

  return {
    data: () => latest() ?? savedData(),
    error: () => {
      if (latest() !== undefined || savedData() !== undefined) return undefined;
      if (failed()) return userMessage(fresh.error);
      if (!reachable() && saved.state === 'ready') return notSavedYet;
      return undefined;
    },
    loading: () => fresh.loading || saved.loading,
    retry,
    savedAt,
  };
}
