import { defineEntity, p } from '@mikro-orm/core';
import {
  absenceKinds,
  billingMonthPattern,
  invoiceNumberPattern,
  invoiceStates,
} from '@portail/shared/billing/schema';
import { ChildEntity, FamilyEntity, StaffUserEntity } from '../accounts/entities.ts';
import { BookingEntity, UnitEntity } from '../bookings/entities.ts';

/**
 * The price of a unit for families whose quotient familial lies in [qfMin, qfMax], bounds included; a null
 * bound is open. Outside every bracket, or with no known QF, the unit's full price applies.
 */
export const TariffSchema = defineEntity({
  name: 'Tariff',
  tableName: 'tariff',
  properties: {
    id: p.integer().primary(),
    unit: () => p.manyToOne(UnitEntity).ref(),
    qfMin: p.integer().nullable(),
    qfMax: p.integer().nullable(),
    priceCents: p.integer().check('price_cents >= 0'),
  },
  indexes: [{ properties: ['unit', 'qfMin'] }],
  checks: [
    { name: 'tariff_bracket_check', expression: 'qf_min is null or qf_max is null or qf_min <= qf_max' },
  ],
});
export class TariffEntity extends TariffSchema.class {}
TariffSchema.setClass(TariffEntity);

/**
 * A family's invoice for one month. It is never edited once issued: a mistake is corrected by cancelling it
 * and issuing a new one that `replacesInvoice` it, so the numbering stays gapless.
 */
export const InvoiceSchema = defineEntity({
  name: 'Invoice',
  tableName: 'invoice',
  properties: {
    id: p.integer().primary(),
    number: p.string().length(10).unique().check(`number ~ '${invoiceNumberPattern}'`),
    family: () => p.manyToOne(FamilyEntity).ref(),
    month: p.string().length(7).check(`month ~ '${billingMonthPattern}'`),
    issuedAt: p.datetime(),
    dueDate: p.date(),
    totalCents: p.integer().check('total_cents >= 0'),
    state: p.enum(invoiceStates),
    cancelledAt: p.datetime().nullable(),
    cancelledReason: p.string().nullable(),
    cancelledBy: () => p.manyToOne(StaffUserEntity).ref().nullable(),
    replacesInvoice: () => p.manyToOne(InvoiceEntity).ref().nullable().unique(),
    lines: () => p.oneToMany(InvoiceLineEntity).mappedBy('invoice'),
  },
  // The family's list, and the month's run and exports.
  indexes: [{ properties: ['family', 'issuedAt'] }, { properties: ['month'] }],
  // One live invoice per family and month; cancelled ones stay for the record.
  uniques: [
    { name: 'invoice_family_month_unique', properties: ['family', 'month'], where: "state <> 'cancelled'" },
  ],
  checks: [
    {
      name: 'invoice_cancellation_check',
      expression: "(state = 'cancelled') = (cancelled_at is not null)",
    },
  ],
});
export class InvoiceEntity extends InvoiceSchema.class {}
InvoiceSchema.setClass(InvoiceEntity);

/** What one child used of one unit at one price during the month, with the dates, for the parent to check. */
export const InvoiceLineSchema = defineEntity({
  name: 'InvoiceLine',
  tableName: 'invoice_line',
  properties: {
    id: p.integer().primary(),
    invoice: () => p.manyToOne(InvoiceEntity).ref().deleteRule('cascade'),
    child: () => p.manyToOne(ChildEntity).ref(),
    unit: () => p.manyToOne(UnitEntity).ref(),
    label: p.string(),
    dates: p.array().columnType('date[]'),
    quantity: p.integer(),
    unitPriceCents: p.integer().check('unit_price_cents >= 0'),
    amountCents: p.integer(),
  },
  indexes: [{ properties: ['invoice'] }],
  checks: [
    { name: 'invoice_line_quantity_check', expression: 'quantity = cardinality(dates) and quantity > 0' },
    { name: 'invoice_line_amount_check', expression: 'amount_cents = quantity * unit_price_cents' },
  ],
});
export class InvoiceLineEntity extends InvoiceLineSchema.class {}
InvoiceLineSchema.setClass(InvoiceLineEntity);

/**
 * Staff's correction of one booked day (child × unit × date): a justified absence is not billed. It hangs on
 * the planning cell, so it goes with it: a cancelled booking takes its absence along, and a day booked again
 * later starts unmarked. Kept apart from `Booking` so that billing owns it and who marked it is known.
 */
export const AbsenceSchema = defineEntity({
  name: 'Absence',
  tableName: 'absence',
  properties: {
    id: p.integer().primary(),
    booking: () => p.manyToOne(BookingEntity).ref().unique().deleteRule('cascade'),
    kind: p.enum(absenceKinds),
    note: p.string().nullable(),
    recordedBy: () => p.manyToOne(StaffUserEntity).ref(),
    recordedAt: p.datetime(),
  },
});
export class AbsenceEntity extends AbsenceSchema.class {}
AbsenceSchema.setClass(AbsenceEntity);
