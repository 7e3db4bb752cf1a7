import type { Draft } from '@portail/shared/bookings/grid';
import { createSignal, onCleanup } from 'solid-js';

/**
 * The parent's unsent changes for one child and one period. The planning page loads the saved draft once
 * (`load`) before the grid shows, then every change is saved at once (`save`): offline/drafts.ts keeps it in
 * IndexedDB, so it outlives a reload, closing the app and a night without network.
 */
export type DraftKey = { childId: number; periodId: number };

export type DraftStorage = {
  load: (key: DraftKey) => Promise<Draft | undefined>;
  save: (key: DraftKey, draft: Draft) => void;
  /** Changes made elsewhere (the outbox removing what the server answered); returns a function that stops. */
  watch?: (key: DraftKey, listener: (draft: Draft) => void) => () => void;
};

const memory = new Map<string, Draft>();
const id = (key: DraftKey) => `${key.childId}|${key.periodId}`;

/** Survives a page change within the tab, not a reload: for a visitor nobody is signed in as. */
export const memoryStorage: DraftStorage = {
  load: async (key) => memory.get(id(key)),
  save: (key, draft) => {
    if (Object.keys(draft).length === 0) memory.delete(id(key));
    else memory.set(id(key), draft);
  },
};

export type DraftStore = {
  draft: () => Draft;
  /** Applies one of the shared grid functions (`toggleCell`, `applyWeekdays`, `pruneDraft`…). */
  update: (change: (draft: Draft) => Draft) => void;
  clear: () => void;
  count: () => number;
};

/** `initial` is what `storage.load` gave for this key. */
export function createDraft(
  key: DraftKey,
  storage: DraftStorage = memoryStorage,
  initial: Draft = {},
): DraftStore {
  const [draft, setDraft] = createSignal<Draft>(initial);
  const set = (next: Draft) => {
    setDraft(next);
    storage.save(key, next);
  };
  const stop = storage.watch?.(key, setDraft);
  if (stop) onCleanup(stop);
  return {
    draft,
    update: (change) => {
      const next = change(draft());
      if (next !== draft()) set(next);
    },
    clear: () => set({}),
    count: () => Object.keys(draft()).length,
  };
}
