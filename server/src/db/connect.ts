import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Config } from '../config/config.ts';
import { startEmbeddedPostgres } from './embedded.ts';
import { openDatabase } from './orm.ts';
import { withStartupLock } from './startup-lock.ts';

export type ConnectedDatabase = { orm: MikroORM; close: () => Promise<void> };

/**
 * The configured database, or the embedded one when `DATABASE_URL` is not set, brought up to date with the
 * migrations under the start-up lock; `prepare` (the demo seed) runs under the lock too.
 */
export async function connectDatabase(
  config: Config,
  log: Logger,
  prepare?: (orm: MikroORM) => Promise<void>,
): Promise<ConnectedDatabase> {
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(config.dataDir, log);
  const databaseUrl = config.databaseUrl ?? (embedded?.url as string);
  try {
    const orm = await withStartupLock(databaseUrl, async () => {
      const opened = await openDatabase(databaseUrl, log);
      await prepare?.(opened);
      return opened;
    });
    return {
      orm,
      close: async () => {
        await orm.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
