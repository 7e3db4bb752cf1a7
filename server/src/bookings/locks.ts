import type { EntityManager } from '@mikro-orm/postgresql';

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);

/**
 * Transaction-scoped advisory locks on a child (two guardians submitting at once) and on every unit × day a
 * change touches (the last places of a day). Taken in one sorted order, so that two transactions never wait
 * on each other in a cycle. Released at commit or rollback.
 */
export async function lockCells(
  em: EntityManager,
  childId: number,
  cells: { date: string; unitId: number }[],
) {
  await em.execute('select pg_advisory_xact_lock(?::bigint)', [childId]);
  const keys = [...new Set(cells.map((c) => `${c.unitId}:${dayNumber(c.date)}`))]
    .map((k) => k.split(':').map(Number) as [number, number])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (keys.length === 0) return;
  // One round trip for all the cells, locked in the subquery's order: a submission holds its cells' locks
  // for its whole transaction, so every round trip saved here is saved for every submission queued behind.
  await em.execute(
    `select count(pg_advisory_xact_lock(u, d)) from (
       select u, d from unnest(array[?]::int[], array[?]::int[]) as k(u, d) order by u, d) as sorted`,
    [keys.map((k) => k[0]), keys.map((k) => k[1])],
  );
}
