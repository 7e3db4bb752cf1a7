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
