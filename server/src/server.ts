import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { MikroORM } from '@mikro-orm/postgresql';
import { type Logger, pino } from 'pino';
import type { Config } from './config/config.ts';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './db/embedded.ts';
import { openDatabase } from './db/orm.ts';
import { seedDemoIfEmpty } from './demo/seed.ts';
import { buildHttpApp } from './http/app.ts';
import { attachWebSocket } from './http/websocket.ts';

const defaultClientDist = fileURLToPath(new URL('../../client/dist', import.meta.url));

export type RunningServer = {
  url: string;
  port: number;
  orm: MikroORM;
  log: Logger;
  stop: () => Promise<void>;
};

/** Starts the whole portal on one port: database (embedded when none is configured), HTTP and WebSocket. */
export async function startServer(
  config: Config,
  options: { log?: Logger; clientDist?: string } = {},
): Promise<RunningServer> {
  const log = options.log ?? pino({ level: config.logLevel, base: { service: 'portail-famille' } });
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(config.dataDir, log);
  const orm = await openDatabase(config.databaseUrl ?? (embedded as EmbeddedDatabase).url, log);
  if (config.seedDemo) await seedDemoIfEmpty(orm.em.fork(), log);

  const app = await buildHttpApp({ orm, log, clientDist: options.clientDist ?? defaultClientDist });
  const ws = attachWebSocket({ server: app.server, orm, log, maxPayloadBytes: config.wsMaxPayloadBytes });
  await app.listen({ port: config.port, host: config.host });
  const port = (app.server.address() as AddressInfo).port;

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await ws.close();
      await app.close();
      await orm.close();
      await embedded?.stop();
    })();
    return stopping;
  };
  return { url: `http://localhost:${port}`, port, orm, log, stop };
}
