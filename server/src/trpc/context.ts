import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { WebSocket } from 'ws';
import type { Principal } from '../auth/principal.ts';
import type { AccessTokens } from '../auth/tokens.ts';
import type { Config } from '../config/config.ts';
import type { LiveBus } from '../live/bus.ts';
import type { Mailer } from '../mail/mailer.ts';

/** What the server holds once for all requests. */
export type Services = {
  config: Config;
  orm: MikroORM;
  log: Logger;
  tokens: AccessTokens;
  mailer: Mailer;
  bus: LiveBus;
};

/**
 * What every procedure may use, built once per WebSocket connection or HTTP request. `principal` comes from
 * a verified access token only; `http` is there when the call came over HTTP (cookies need it).
 */
export type Context = Services & {
  principal: Principal | undefined;
  /** A token was presented but is expired or invalid: signed-in procedures say the session expired. */
  tokenRejected: boolean;
  ip: string;
  userAgent: string | undefined;
  http: { req: FastifyRequest; reply: FastifyReply } | undefined;
  /** The caller's WebSocket, for subscriptions that watch its send buffer. */
  socket: WebSocket | undefined;
};
