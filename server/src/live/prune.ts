import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

export const RETENTION_DAYS = 7;
const EVERY_MS = 3600_000;

/** Drops events older than the retention period; a client behind them is told to reload instead. */
export async function pruneLiveEvents(orm: MikroORM, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - RETENTION_DAYS * 86_400_000);
  const rows = await orm.em
    .fork()
    .getConnection()
    .execute<{ id: string }[]>('delete from live_event where created_at < ? returning id', [cutoff]);
  return rows.length;
}

export function schedulePruning(orm: MikroORM, log: Logger): () => void {
  const timer = setInterval(() => {
    pruneLiveEvents(orm).then(
      (pruned) => pruned > 0 && log.info({ pruned }, 'événements anciens supprimés'),
      (error: unknown) => log.warn({ err: error }, 'pruning live events failed'),
    );
  }, EVERY_MS).unref();
  return () => clearInterval(timer);
}
