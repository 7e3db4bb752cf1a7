import { z } from 'zod';

/** `sandbox` stands in for PayFiP outside production; `desk` is a payment taken at the S.E.J. counter. */
export const paymentProviders = ['payfip', 'sandbox', 'desk'] as const;
export const PaymentProvider = z.enum(paymentProviders);
export type PaymentProvider = z.infer<typeof PaymentProvider>;

export const paymentMethods = ['card', 'direct_debit', 'cheque', 'cash', 'cesu'] as const;
export const PaymentMethod = z.enum(paymentMethods);
export type PaymentMethod = z.infer<typeof PaymentMethod>;

/**
 * `created`: the parent has not reached the bank yet; `pending`: en attente de validation par la banque;
 * `abandoned` / `expired`: the parent left the bank's page, or its operation id lapsed.
 */
export const paymentStates = ['created', 'pending', 'validated', 'refused', 'abandoned', 'expired'] as const;
export const PaymentState = z.enum(paymentStates);
export type PaymentState = z.infer<typeof PaymentState>;

/** PayFiP's `refdet` rule, so our own reference can be sent as is: 1–30 of [A-Za-z0-9]. */
export const paymentReferencePattern = '^[A-Za-z0-9]{1,30}$';
export const PaymentReference = z.string().regex(new RegExp(paymentReferencePattern));

/** What a parent may pay by the desk (« Régie » of the S.E.J.): online methods are set by the bank. */
export const deskMethods = ['cheque', 'cash', 'cesu'] as const;
export const DeskMethod = z.enum(deskMethods);
export type DeskMethod = z.infer<typeof DeskMethod>;

const InvoiceIds = z
  .array(z.number().int().positive())
  .min(1, 'Choisissez au moins une facture à payer.')
  .max(24, 'Choisissez au plus 24 factures par paiement.');

/** The invoices a parent ticked, for the recap and for «Payer»: the amount is always the server's. */
export const InvoiceSelection = z.object({ invoiceIds: InvoiceIds });
export type InvoiceSelection = z.infer<typeof InvoiceSelection>;

export const PaymentByReferenceInput = z.object({ reference: PaymentReference });

/** «Suivi des paiements»: by state and by creation day (Paris), both bounds included. */
export const MonitorPaymentsInput = z
  .object({
    state: PaymentState.optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    message: 'La date de début doit précéder la date de fin.',
    path: ['to'],
  });
export type MonitorPaymentsInput = z.infer<typeof MonitorPaymentsInput>;

/** A payment handed in at the S.E.J. desk; it may be partial, never more than what is left to pay. */
export const RecordDeskPaymentInput = z.object({
  familyId: z.number().int().positive(),
  invoiceIds: InvoiceIds,
  method: DeskMethod,
  amountCents: z.number().int().positive('Le montant doit être positif.').max(10_000_000),
  receivedOn: z.iso.date(),
  note: z.string().trim().max(500).optional(),
});
export type RecordDeskPaymentInput = z.infer<typeof RecordDeskPaymentInput>;
