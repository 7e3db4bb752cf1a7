import { z } from 'zod';

/** à payer, partiellement payée, payée, annulée. */
export const invoiceStates = ['unpaid', 'partially_paid', 'paid', 'cancelled'] as const;
export const InvoiceState = z.enum(invoiceStates);
export type InvoiceState = z.infer<typeof InvoiceState>;

/** « n° 2026-00096 »: the year of issue, then a gapless counter within that year. */
export const invoiceNumberPattern = '^[0-9]{4}-[0-9]{5}$';
export const InvoiceNumber = z.string().regex(new RegExp(invoiceNumberPattern));

/** The month an invoice bills, 'YYYY-MM'. */
export const billingMonthPattern = '^[0-9]{4}-(0[1-9]|1[0-2])$';
export const BillingMonth = z.string().regex(new RegExp(billingMonthPattern), 'Mois attendu : AAAA-MM.');

/** Staff's correction of a booked day: a justified absence is not billed, an unjustified one is. */
export const absenceKinds = ['justified', 'unjustified'] as const;
export const AbsenceKind = z.enum(absenceKinds);
export type AbsenceKind = z.infer<typeof AbsenceKind>;

const Id = z.number().int().positive();

export const InvoicingMonthInput = z.object({ month: BillingMonth });
export type InvoicingMonthInput = z.infer<typeof InvoicingMonthInput>;

export const InvoiceIdInput = z.object({ invoiceId: Id });

/** The reason is kept on the cancelled invoice for the public accountant (255 characters, as stored). */
export const CancelInvoiceInput = z.object({
  invoiceId: Id,
  reason: z.string().trim().min(3, 'Indiquez le motif de l’annulation.').max(255),
});
export type CancelInvoiceInput = z.infer<typeof CancelInvoiceInput>;

/** `absence: null` removes the mark: the day is billed as booked again. */
export const SetAbsenceInput = z.object({
  childId: Id,
  unitId: Id,
  date: z.iso.date(),
  absence: AbsenceKind.nullable(),
  note: z.string().trim().max(255).nullish(),
});
export type SetAbsenceInput = z.infer<typeof SetAbsenceInput>;

export const AbsencesQuery = z.object({ month: BillingMonth, childId: Id.optional() });
export type AbsencesQuery = z.infer<typeof AbsencesQuery>;

/** The accountant's exports: invoices by billed month, payments by day. */
export const InvoicesExportQuery = z
  .object({ from: BillingMonth, to: BillingMonth })
  .refine((q) => q.from <= q.to, { message: 'Le premier mois doit précéder le second.' });
export const PaymentsExportQuery = z
  .object({ from: z.iso.date(), to: z.iso.date() })
  .refine((q) => q.from <= q.to, { message: 'La première date doit précéder la seconde.' });
