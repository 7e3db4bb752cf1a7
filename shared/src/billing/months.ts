import { addDays } from '../bookings/calendar.ts';

/**
 * Billing months are 'YYYY-MM' strings. Zod-free: the client imports this for display.
 */

/** `month` moved by `n` months (back when negative). */
export function addMonths(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The first and last dates of `month`, bounds of the bookings it bills. */
export function monthBounds(month: string): { first: string; last: string } {
  return { first: `${month}-01`, last: addDays(`${addMonths(month, 1)}-01`, -1) };
}

/** The billing month of a date. */
export const monthOf = (date: string): string => date.slice(0, 7);
