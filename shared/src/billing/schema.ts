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
export const BillingMonth = z.string().regex(new RegExp(billingMonthPattern));
