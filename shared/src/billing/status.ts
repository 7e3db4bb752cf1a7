import type { InvoiceState } from './schema.ts';

/**
 * An invoice's state as the family reads it. « En retard » is not stored: it is an unpaid (or partly paid)
 * invoice whose due date has passed, in Paris, so it is computed where it is shown, offline too. Type
 * imports only from schema.ts: zod-free.
 */
export type InvoiceDisplayState = InvoiceState | 'overdue';

export type InvoiceAmounts = {
  state: InvoiceState;
  totalCents: number;
  /** What validated payments allocated to the invoice; pending ones do not count yet. */
  paidCents: number;
  dueDate: string;
};

export const remainingCents = (i: Pick<InvoiceAmounts, 'totalCents' | 'paidCents'>): number =>
  Math.max(i.totalCents - i.paidCents, 0);

/**
 * `today` is the Paris date ('YYYY-MM-DD'). The payments side marks invoices paid; the validated amounts are
 * read as well, so a paid invoice never shows as late while its state catches up.
 */
export function invoiceDisplayState(i: InvoiceAmounts, today: string): InvoiceDisplayState {
  if (i.state === 'cancelled') return 'cancelled';
  if (i.state === 'paid' || remainingCents(i) === 0) return 'paid';
  if (i.dueDate < today) return 'overdue';
  return i.paidCents > 0 || i.state === 'partially_paid' ? 'partially_paid' : 'unpaid';
}

/** An invoice the family can still pay online (guide §6: « Cochez la (les) facture(s) »). */
export const isPayable = (i: InvoiceAmounts): boolean =>
  i.state !== 'cancelled' && i.state !== 'paid' && remainingCents(i) > 0;
