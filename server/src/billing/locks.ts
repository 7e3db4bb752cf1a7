import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The class of the advisory locks billing takes, as (class, key) pairs of int4: negative, so it never meets
 * the bookings' (unit id, day) pairs, whose unit ids are positive serials. ('BILL' in ASCII.)
 */
const BILLING_LOCK_CLASS = -0x42494c4c;

const monthKey = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/**
 * Serialises everything that decides what a month bills: issue runs, cancellations, reissues and absence
 * marks. Held until the transaction ends, so a second run waits and then finds the families the first one
 * invoiced, and an absence marked during a run is either seen by it or told the invoice exists.
 */
export async function lockInvoicingMonth(em: EntityManager, month: string): Promise<void> {
  if (!em.isInTransaction()) throw new Error('lockInvoicingMonth must run inside a transaction');
  await em.execute('select pg_advisory_xact_lock(?::int, ?::int)', [BILLING_LOCK_CLASS, monthKey(month)]);
}
