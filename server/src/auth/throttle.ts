import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../trpc/errors.ts';

/**
 * Growing delays after failed sign-ins, per account and per address. Past the free attempts each failure
 * doubles the wait, capped at 15 minutes, and counters are forgotten after a day without failure: an
 * attacker can slow a real user down but never lock them out for good (and a password reset clears it).
 */
const rules = {
  account: { free: 5, firstDelayS: 30 },
  address: { free: 20, firstDelayS: 30 },
} as const;
const MAX_DELAY_S = 15 * 60;
const FORGET_AFTER = '24 hours';

export type ThrottleKey = { kind: keyof typeof rules; value: string };

const keyOf = (k: ThrottleKey) => `${k.kind}:${k.value.toLowerCase()}`;

export function delayAfter(kind: ThrottleKey['kind'], failures: number): number {
  const { free, firstDelayS } = rules[kind];
  if (failures < free) return 0;
  return Math.min(firstDelayS * 2 ** (failures - free), MAX_DELAY_S);
}

/** Refuses the attempt while any of the keys is blocked, saying when to try again. */
export async function assertNotThrottled(em: EntityManager, keys: ThrottleKey[], now: Date): Promise<void> {
  const [row] = await em
    .getConnection()
    .execute<{ until: string | Date | null }[]>(
      'select max(blocked_until) as until from login_throttle where key in (?) and blocked_until > ?',
      [keys.map(keyOf), now],
    );
  const until = row?.until ? new Date(row.until) : undefined;
  if (until) throw throttledError(until);
}

/** Counts a failure atomically (instances may race) and blocks the key when its delay starts. */
export async function recordFailure(em: EntityManager, keys: ThrottleKey[], now: Date): Promise<void> {
  for (const k of keys) {
    const [row] = await em.getConnection().execute<{ failures: number }[]>(
      `insert into login_throttle (key, failures, blocked_until, updated_at) values (?, 1, null, ?)
       on conflict (key) do update set
         failures = case when login_throttle.updated_at < ?::timestamptz - interval '${FORGET_AFTER}'
                         then 1 else login_throttle.failures + 1 end,
         updated_at = excluded.updated_at
       returning failures`,
      [keyOf(k), now, now],
    );
    const delay = delayAfter(k.kind, row?.failures ?? 0);
    if (delay > 0) {
      await em
        .getConnection()
        .execute('update login_throttle set blocked_until = ? where key = ?', [
          new Date(now.getTime() + delay * 1000),
          keyOf(k),
        ]);
    }
  }
}

export async function clearFailures(em: EntityManager, keys: ThrottleKey[]): Promise<void> {
  await em.getConnection().execute('delete from login_throttle where key in (?)', [keys.map(keyOf)]);
}

export function throttledError(until: Date): AppError {
  const time = until.toLocaleTimeString('fr-FR', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZone: 'Europe/Paris',
  });
  return new AppError('TOO_MANY_REQUESTS', {
    userMessage: `Trop de tentatives de connexion. Par sécurité, réessayez après ${time}.`,
  });
}
