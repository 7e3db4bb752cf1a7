import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

/** What every procedure may use. Built once per WebSocket connection or HTTP request. */
export type Context = {
  orm: MikroORM;
  log: Logger;
};
