import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Claims `(guardian, id)` inside the caller's transaction. Returns the stored outcome when the mutation was
 * applied before; a concurrent copy waits on the unique key until the first commits, then gets its outcome.
 */
export async function claimMutation<T>(
  em: EntityManager,
  guardianId: number,
  id: string,
  kind: string,
): Promise<{ replayed: true; outcome: T } | { replayed: false }> {
  const inserted = await em.execute<{ id: string }[]>(
    `insert into client_mutation (guardian_id, id, kind, outcome, created_at) values (?, ?, ?, 'null', now())
     on conflict do nothing returning id`,
    [guardianId, id, kind],
  );
  if (inserted.length > 0) return { replayed: false };
  const [row] = await em.execute<{ outcome: T }[]>(
    'select outcome from client_mutation where guardian_id = ? and id = ?',
    [guardianId, id],
  );
  return { replayed: true, outcome: row?.outcome as T };
}

export async function storeOutcome(
  em: EntityManager,
  guardianId: number,
  id: string,
  outcome: unknown,
): Promise<void> {
  await em.execute('update client_mutation set outcome = ? where guardian_id = ? and id = ?', [
    JSON.stringify(outcome),
    guardianId,
    id,
  ]);
}
