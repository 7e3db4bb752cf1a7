import type { Draft } from '@portail/shared/bookings/grid';
import { createSignal } from 'solid-js';

/**
 * The parent's unsent changes for one child and one period. Kept in memory for now; the offline issue backs
 * it with IndexedDB through `DraftStorage` (load once, save on every change) without touching the grid.
 */
export type DraftKey = { childId: number; periodId: number };

export type DraftStorage = {
  load: (key: DraftKey) => Draft | undefined;
  save: (key: DraftKey, draft: Draft) => void;
};

const memory = new Map<string, Draft>();
const id = (key: DraftKey) => `${key.childId}|${key.periodId}`;

/** Survives a page change within the tab (e.g. a look at «Les réservations»), not a reload. */
export const memoryStorage: DraftStorage = {
  load: (key) => memory.get(id(key)),
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

export function createDraft(key: DraftKey, storage: DraftStorage = memoryStorage): DraftStore {
  const [draft, setDraft] = createSignal<Draft>(storage.load(key) ?? {});
  const set = (next: Draft) => {
    setDraft(next);
    storage.save(key, next);
  };
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
