import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { type Logger, pino } from 'pino';
import { KeyRing } from './auth/keys.ts';
import { AccessTokens } from './auth/tokens.ts';
import type { Config } from './config/config.ts';
import { connectDatabase } from './db/connect.ts';
import { seedDemoIfEmpty } from './demo/seed.ts';
import { buildHttpApp } from './http/app.ts';
import { attachWebSocket } from './http/websocket.ts';
import { LiveBus } from './live/bus.ts';
import { NotifyAfterCommit } from './live/notify-after-commit.ts';
import { schedulePruning } from './live/prune.ts';
import { Mailer } from './mail/mailer.ts';
import { paymentDeps } from './payments/deps.ts';
import { scheduleReconciliation } from './payments/reconcile.ts';
import type { Services } from './trpc/context.ts';

const defaultClientDist = fileURLToPath(new URL('../../client/dist', import.meta.url));

export type RunningServer = Services & { url: string; port: number; stop: () => Promise<void> };

/** Starts the whole portal on one port: database (embedded when none is configured), HTTP and WebSocket. */
export async function startServer(
  config: Config,
  options: { log?: Logger; clientDist?: string } = {},
): Promise<RunningServer> {
  const log = options.log ?? pino({ level: config.logLevel, base: { service: 'portail-famille' } });
  const database = await connectDatabase(config, log, async (orm) => {
    if (config.seedDemo) await seedDemoIfEmpty(orm.em.fork(), log);
  });
  const { orm } = database;

  const bus = new LiveBus(orm, log);
  orm.em.getEventManager().registerSubscriber(new NotifyAfterCommit(() => bus.notify()));
  await bus.start(orm.config.get('clientUrl') as string);
  const stopPruning = schedulePruning(orm, log);
  const services: Services = {
    config,
    orm,
    log,
    tokens: new AccessTokens(new KeyRing(orm), config.accessTokenTtlSeconds),
    mailer: new Mailer({ orm, log, smtpUrl: config.smtpUrl, from: config.mailFrom }),
    bus,
  };
  services.mailer.start();
  const stopReconciliation = scheduleReconciliation(paymentDeps(services));
  const app = await buildHttpApp({ services, clientDist: options.clientDist ?? defaultClientDist });
  const ws = attachWebSocket({ server: app.server, services });
  await app.listen({ port: config.port, host: config.host });
  const port = (app.server.address() as AddressInfo).port;

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await ws.close();
      await app.close();
      stopPruning();
      await stopReconciliation();
      await bus.stop();
      await services.mailer.stop();
      await database.close();
    })();
    return stopping;
  };
  return { ...services, url: `http://localhost:${port}`, port, stop };
}
