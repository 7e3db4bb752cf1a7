import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { WebSocket } from 'ws';
import type { RateLimitsConfig } from '../config/config.ts';
import type { Context } from './context.ts';
import { AppError } from './errors.ts';
import { middleware } from './trpc.ts';

/**
 * Limits on what one client may ask, so that a flood (a script resending a submission thousands of times,
 * or opening subscriptions in a loop) is refused at once instead of taking the database and the event loop
 * from the other families. Every call costs one point to its session and one to its address, a family's
 * mutation one more to its session's (smaller) allowance of changes. The subscriptions open at once on one
 * socket are capped by the socket itself (http/socket/connection.ts).
 *
 * The counters live in each instance's memory: behind a load balancer a client is limited per instance,
 * which is what matters, since each instance protects its own event loop and database pool; a client that
 * spreads its flood over N instances gets at most N times the limit, still far from a flood.
 */
type Limiters = {
  session: RateLimiterMemory;
  mutations: RateLimiterMemory;
  address: RateLimiterMemory;
  socketKeys: WeakMap<WebSocket, string>;
};

/** One set per server instance: tests start several in one process, each with its own limits. */
const limitersByConfig = new WeakMap<RateLimitsConfig, Limiters>();

function limitersFor(config: RateLimitsConfig): Limiters {
  let limiters = limitersByConfig.get(config);
  if (!limiters) {
    limiters = {
      session: new RateLimiterMemory({
        keyPrefix: 'session',
        points: config.perSession,
        duration: config.windowSeconds,
      }),
      mutations: new RateLimiterMemory({
        keyPrefix: 'mutations',
        points: config.mutationsPerSession,
        duration: config.windowSeconds,
      }),
      address: new RateLimiterMemory({
        keyPrefix: 'address',
        points: config.perAddress,
        duration: config.windowSeconds,
      }),
      socketKeys: new WeakMap(),
    };
    limitersByConfig.set(config, limiters);
  }
  return limiters;
}

let socketSerial = 0;

/** The session of a signed-in caller; before sign-in, its socket (over HTTP, its address alone counts). */
function sessionKey(ctx: Context, limiters: Limiters): string | undefined {
  if (ctx.principal) return `${ctx.principal.kind}:${ctx.principal.sessionId}`;
  if (!ctx.socket) return undefined;
  let key = limiters.socketKeys.get(ctx.socket);
  if (!key) {
    key = `socket:${++socketSerial}`;
    limiters.socketKeys.set(ctx.socket, key);
  }
  return key;
}

const tooMany = (seconds: number, devMessage: string) =>
  new AppError('TOO_MANY_REQUESTS', {
    userMessage: `Trop de demandes en peu de temps : réessayez dans ${seconds} s.`,
    devMessage,
  });

async function consume(limiter: RateLimiterMemory, key: string, what: string) {
  try {
    await limiter.consume(key);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    throw tooMany(Math.max(1, Math.ceil(error.msBeforeNext / 1000)), `rate limit per ${what} reached`);
  }
}

export const rateLimited = middleware(async ({ ctx, type, next }) => {
  const limiters = limitersFor(ctx.config.rateLimits);
  await consume(limiters.address, ctx.ip, 'address');
  const session = sessionKey(ctx, limiters);
  if (session) {
    await consume(limiters.session, session, 'session');
    // Agents type a week of menus or decide a queue of requests in a row: only families' changes have the
    // smaller allowance, theirs being the many sessions a flood would come from.
    if (type === 'mutation' && ctx.principal?.kind === 'guardian')
      await consume(limiters.mutations, session, 'session (mutations)');
  }

  return next();
});
