import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, MikroORM, type Options } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { entities } from './entities.ts';
import { migrations } from './migrations/index.ts';

export const migrationsPath = new URL('./migrations', import.meta.url).pathname;

export function ormConfig(clientUrl: string, log?: Logger): Options {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    migrations: {
      path: migrationsPath,
      emit: 'ts',
      // The list is explicit so that start-up never depends on scanning folders.
      migrationsList: migrations,
      snapshot: false,
    },
    debug: log?.isLevelEnabled('trace') ?? false,
    logger: (message) => log?.trace({ orm: message }),
    // A forgotten fork must fail loudly instead of sharing one identity map between requests.
    allowGlobalContext: false,
  });
}

/** Connects and brings the schema up to date with the committed migrations. */
export async function openDatabase(clientUrl: string, log: Logger): Promise<MikroORM> {
  const orm = await MikroORM.init(ormConfig(clientUrl, log));
  const applied = await orm.migrator.up();
  if (applied.length > 0) log.info({ migrations: applied.map((m) => m.name) }, 'migrations appliquées');
  return orm;
}
