import type { Draft } from '@portail/shared/bookings/grid';
import type { DraftKey, DraftStorage } from '../bookings/draft.ts';
import { readOne, remove, write } from './db.ts';

/** One child's unsent changes for one period, as IndexedDB keeps them. */
type DraftRecord = {
  key: string;
  owner: string;
  childId: number;
  periodId: number;
  draft: Draft;
  updatedAt: string;
};

const recordKey = (owner: string, key: DraftKey) => `${owner}|${key.childId}|${key.periodId}`;
const cellKey = /^\d{4}-\d{2}-\d{2}\|\d+$/;

/** A stored record as the grid expects it, or undefined (corrupted, or written by another app version). */
function draftRecordOf(value: unknown): DraftRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Partial<DraftRecord>;
  const draft: unknown = record.draft;
  if (typeof record.owner !== 'string' || typeof draft !== 'object' || draft === null) return undefined;
  const fine = Object.entries(draft).every(
    ([key, action]) => cellKey.test(key) && (action === 'book' || action === 'cancel'),
  );
  return fine ? (record as DraftRecord) : undefined;
}

const listeners = new Map<string, Set<(draft: Draft) => void>>();

async function store(owner: string, key: DraftKey, draft: Draft) {
  const k = recordKey(owner, key);
  if (Object.keys(draft).length === 0) return remove('drafts', k);
  const record: DraftRecord = { key: k, owner, ...key, draft, updatedAt: new Date().toISOString() };
  await write('drafts', record);
}

/**
 * The drafts of one person on this device, saved on every click. Writes reach IndexedDB in the order made
 * (one store, transactions queued in order), so the last click always wins.
 */
export function draftStorage(owner: string): DraftStorage {
  return {
    load: async (key) => (await readOne('drafts', recordKey(owner, key), draftRecordOf))?.draft,
    save: (key, draft) => void store(owner, key, draft),
    watch: (key, listener) => {
      const k = recordKey(owner, key);
      const set = listeners.get(k) ?? new Set();
      set.add(listener);
      listeners.set(k, set);
      return () => set.delete(listener);
    },
  };
}

/** Changes a stored draft from outside the grid (the outbox once answered); an open grid follows. */
export async function changeStoredDraft(owner: string, key: DraftKey, change: (draft: Draft) => Draft) {
  const before = (await readOne('drafts', recordKey(owner, key), draftRecordOf))?.draft ?? {};
  const after = change(before);
  if (after === before) return;
  await store(owner, key, after);
  for (const listener of listeners.get(recordKey(owner, key)) ?? []) listener(after);
}
