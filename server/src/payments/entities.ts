import { defineEntity, p } from '@mikro-orm/core';
import {
  paymentMethods,
  paymentProviders,
  paymentReferencePattern,
  paymentStates,
} from '@portail/shared/payments/schema';
import { FamilyEntity, GuardianEntity } from '../accounts/entities.ts';
import { InvoiceEntity } from '../billing/entities.ts';

/**
 * One payment, which may settle several invoices (guide §6). Its `reference` is ours, sent to PayFiP as
 * `refdet`, so that a payment never depends on a single invoice number.
 */
export const PaymentSchema = defineEntity({
  name: 'Payment',
  tableName: 'payment',
  properties: {
    id: p.integer().primary(),
    reference: p.string().length(30).unique().check(`reference ~ '${paymentReferencePattern}'`),
    family: () => p.manyToOne(FamilyEntity).ref(),
    /** Who paid online; null for a payment taken at the desk. */
    guardian: () => p.manyToOne(GuardianEntity).ref().nullable(),
    provider: p.enum(paymentProviders),
    /** Known once the bank answers (card or direct debit), or entered at the desk. */
    method: p.enum(paymentMethods).nullable(),
    /** PayFiP's `idOp`: the bank's results are looked up, and applied once, by it. */
    providerOperationId: p.string().nullable().unique(),
    /** The bank's own result code (PayFiP `resultrans`), kept for support. */
    providerResult: p.string().length(10).nullable(),
    amountCents: p.integer().check('amount_cents > 0'),
    state: p.enum(paymentStates),
    createdAt: p.datetime().onCreate(() => new Date()),
    /** When the bank's final answer (validated, refused…) arrived, or the attempt lapsed. */
    settledAt: p.datetime().nullable(),
    allocations: () => p.oneToMany(PaymentAllocationEntity).mappedBy('payment'),
  },
  indexes: [{ properties: ['family', 'createdAt'] }],
  checks: [
    {
      name: 'payment_settled_check',
      expression: "(state in ('created', 'pending')) = (settled_at is null)",
    },
  ],
});
export class PaymentEntity extends PaymentSchema.class {}
PaymentSchema.setClass(PaymentEntity);

/** The share of a payment meant for one invoice; it pays the invoice only once the payment is validated. */
export const PaymentAllocationSchema = defineEntity({
  name: 'PaymentAllocation',
  tableName: 'payment_allocation',
  properties: {
    id: p.integer().primary(),
    payment: () => p.manyToOne(PaymentEntity).ref().deleteRule('cascade'),
    invoice: () => p.manyToOne(InvoiceEntity).ref().index(),
    amountCents: p.integer().check('amount_cents > 0'),
  },
  uniques: [{ properties: ['payment', 'invoice'] }],
});
export class PaymentAllocationEntity extends PaymentAllocationSchema.class {}
PaymentAllocationSchema.setClass(PaymentAllocationEntity);
