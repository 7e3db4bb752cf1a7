import { createCachedQuery } from '../offline/query.ts';
import { sources } from '../offline/sources.ts';
import { read, trpc } from '../trpc/client.ts';
import { createSourcedQuery } from '../trpc/query.ts';
import type { RouterOutputs } from '../trpc/types.ts';

export type Invoice = RouterOutputs['billing']['invoices'][number];
export type InvoiceDetail = RouterOutputs['billing']['invoice'];
export type Payment = RouterOutputs['billing']['payments'][number];
export type PaymentRecap = RouterOutputs['payments']['recap'];
export type PaymentOutcome = RouterOutputs['payments']['byReference'];

/**
 * The reads and the one write of « Mes Factures & Paiements »; the family is always the session's. The lists
 * are kept on the device (offline/), so the page opens offline on the last ones read.
 */
export const createInvoices = () => createCachedQuery(sources.invoices);

export const createPayments = () => createCachedQuery(sources.payments);

/** One invoice with the payments allocated to it, read when its window opens. */
export const createInvoiceDetail = (invoiceId: () => number | undefined) =>
  createSourcedQuery(invoiceId, (id) =>
    read((options) => trpc.billing.invoice.query({ invoiceId: id }, options)),
  );

/** What the bank will debit: always the server's sum, never one added up here. */
export const paymentRecap = (invoiceIds: number[]) =>
  read((options) => trpc.payments.recap.query({ invoiceIds }, options));

/** Not wrapped in `read`: a start must not be abandoned half-way; the server refuses a second one. */
export const startPayment = (invoiceIds: number[]) => trpc.payments.start.mutate({ invoiceIds });

/** The payment the bank sent the parent back about (`/factures?paiement=<reference>`). */
export const createPaymentOutcome = (reference: () => string | undefined) =>
  createSourcedQuery(reference, (ref) =>
    read((options) => trpc.payments.byReference.query({ reference: ref }, options)),
  );
