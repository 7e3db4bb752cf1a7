import { createMemo } from 'solid-js';

/**
 * Lists read again while a page is open (every few seconds while a payment waits for the bank) come back as
 * new objects; rendering them by id keeps their DOM, so a focused button or an open tooltip stays put.
 */
export function byId<T extends { id: number }>(list: () => readonly T[]) {
  const map = createMemo(() => new Map(list().map((item) => [item.id, item])));
  const ids = createMemo(() => list().map((item) => item.id), [], {
    equals: (a, b) => a.length === b.length && a.every((id, i) => id === b[i]),
  });
  return { ids, get: (id: number) => map().get(id) };
}

/** Groups in first-seen order (Map.groupBy is too recent for some phones still in use). */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
