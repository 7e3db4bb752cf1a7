import { defineEntity, p } from '@mikro-orm/core';
import {
  paymentMethods,
  paymentProviders,
  paymentReferencePattern,
  paymentStates,
} from '@portail/shared/payments/schema';
import { FamilyEntity, GuardianEntity, StaffUserEntity } from '../accounts/entities.ts';
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
    /**
     * Something staff must look at, in French: the bank reported another amount, or paid after we had given
     * up waiting. Set at most once; the state itself never changes after a final answer.
     */
    anomaly: p.text().nullable(),
    /** The agent who recorded a desk payment. */
    recordedBy: () => p.manyToOne(StaffUserEntity).ref().nullable(),
    /** The day the desk received the cheque, cash or CESU. */
    receivedOn: p.date().nullable(),
    note: p.text().nullable(),
    allocations: () => p.oneToMany(PaymentAllocationEntity).mappedBy('payment'),
  },
  indexes: [{ properties: ['family', 'createdAt'] }, { properties: ['state', 'createdAt'] }],
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

export const sandboxOperationStatuses = ['open', 'paid', 'pending', 'refused', 'abandoned'] as const;
export type SandboxOperationStatus = (typeof sandboxOperationStatuses)[number];

/**
 * One operation of the demo bank (PAYMENT_PROVIDER=sandbox), what PayFiP keeps on its side for an `idOp`.
 * `pending` is a card accepted whose bank validation comes at `validatesAt`. `secret` signs its
 * notifications to the portal.
 */
export const SandboxOperationSchema = defineEntity({
  name: 'SandboxOperation',
  tableName: 'sandbox_operation',
  properties: {
    id: p.string().length(32).primary(),
    reference: p.string().length(30),
    label: p.string().length(100),
    amountCents: p.integer().check('amount_cents > 0'),
    email: p.string(),
    notifyUrl: p.text(),
    returnUrl: p.text(),
    secret: p.string().length(64).hidden(),
    status: p.enum(sandboxOperationStatuses),
    cardLast4: p.string().length(4).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    decidedAt: p.datetime().nullable(),
    validatesAt: p.datetime().nullable(),
  },
  indexes: [{ properties: ['createdAt'] }],
});
export class SandboxOperationEntity extends SandboxOperationSchema.class {}
SandboxOperationSchema.setClass(SandboxOperationEntity);
