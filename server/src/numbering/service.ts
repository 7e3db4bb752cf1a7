import type { EntityManager } from '@mikro-orm/postgresql';
import type { NumberSeries } from './entities.ts';

const formats: Record<NumberSeries, (year: number, n: number) => string> = {
  family: (year, n) => `F${year}-${String(n).padStart(5, '0')}`,
  invoice: (year, n) => `${year}-${String(n).padStart(5, '0')}`,
  reservation: (year, n) => `R${year}-${String(n).padStart(6, '0')}`,
  // Letters and digits only: it is sent to PayFiP as `refdet`.
  payment: (year, n) => `P${year}${String(n).padStart(7, '0')}`,
};

/**
 * The next number of `series` in `year`, formatted. One atomic statement, whose row lock lasts until the
 * caller's transaction ends: concurrent callers queue, and a rollback gives the number back. Outside a
 * transaction the number would be spent even if the caller then failed, so that is refused.
 */
export async function nextNumber(em: EntityManager, series: NumberSeries, year: number): Promise<string> {
  if (!em.isInTransaction())
    throw new Error('nextNumber must run inside the transaction that uses the number');
  const [row] = await em.execute<{ last_number: number }[]>(
    `insert into number_sequence (series, year, last_number) values (?, ?, 1)
     on conflict (series, year) do update set last_number = number_sequence.last_number + 1
     returning last_number`,
    [series, year],
  );
  if (!row) throw new Error(`no number returned for ${series} ${year}`);
  return formats[series](year, row.last_number);
}
