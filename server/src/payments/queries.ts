import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays, parisInstant } from '@portail/shared/bookings/calendar';
import type { MonitorPaymentsInput } from '@portail/shared/payments/schema';
import { AppError } from '../trpc/errors.ts';
import type { AuthorizedFamilyId } from '../trpc/procedures.ts';
import { PaymentEntity } from './entities.ts';

const MONITOR_LIMIT = 500;

function invoicesOf(payment: PaymentEntity) {
  return payment.allocations
    .getItems()
    .map((a) => {
      const invoice = a.invoice.getEntity();
      return { id: invoice.id, number: invoice.number, amountCents: a.amountCents, state: invoice.state };
    })
    .sort((a, b) => a.number.localeCompare(b.number));
}

/**
 * A payment as its family reads it, e.g. back from the bank on « Mes factures » (`?paiement=<reference>`):
 * « Le paiement de votre facture n°… a bien été pris en compte ». Another family's is NOT_FOUND.
 */
export async function paymentByReference(em: EntityManager, familyId: AuthorizedFamilyId, reference: string) {
  const payment = await em.findOne(
    PaymentEntity,
    { reference, family: familyId },
    { populate: ['allocations.invoice'] },
  );
  if (!payment) throw new AppError('NOT_FOUND', { userMessage: 'Ce paiement est introuvable.' });
  const invoices = invoicesOf(payment);
  return {
    id: payment.id,
    reference: payment.reference,
    state: payment.state,
    provider: payment.provider,
    method: payment.method ?? null,
    amountCents: payment.amountCents,
    createdAt: payment.createdAt.toISOString(),
    settledAt: payment.settledAt?.toISOString() ?? null,
    invoices,
    invoiceNumbers: invoices.map((i) => i.number),
  };
}

/** «Suivi des paiements» (staff): newest first, at most 500; it follows `payment.updated` events live. */
export async function monitorPayments(em: EntityManager, filters: MonitorPaymentsInput) {
  const createdAt = {
    ...(filters.from ? { $gte: parisInstant(filters.from, '00:00') } : {}),
    ...(filters.to ? { $lt: parisInstant(addDays(filters.to, 1), '00:00') } : {}),
  };
  const payments = await em.find(
    PaymentEntity,
    {
      ...(filters.state ? { state: filters.state } : {}),
      ...(filters.from || filters.to ? { createdAt } : {}),
    },
    {
      populate: ['family', 'guardian', 'recordedBy', 'allocations.invoice'],
      orderBy: { createdAt: 'desc', id: 'desc' },
      limit: MONITOR_LIMIT,
    },
  );
  return payments.map(monitorRow);
}

export async function monitorPayment(em: EntityManager, paymentId: number) {
  const payment = await em.findOneOrFail(
    PaymentEntity,
    { id: paymentId },
    { populate: ['family', 'guardian', 'recordedBy', 'allocations.invoice'] },
  );
  return monitorRow(payment);
}

function monitorRow(payment: PaymentEntity) {
  const family = payment.family.getEntity();
  const guardian = payment.guardian?.getEntity();
  const agent = payment.recordedBy?.getEntity();
  return {
    id: payment.id,
    reference: payment.reference,
    state: payment.state,
    provider: payment.provider,
    method: payment.method ?? null,
    amountCents: payment.amountCents,
    createdAt: payment.createdAt.toISOString(),
    settledAt: payment.settledAt?.toISOString() ?? null,
    operationId: payment.providerOperationId ?? null,
    providerResult: payment.providerResult ?? null,
    anomaly: payment.anomaly ?? null,
    receivedOn: payment.receivedOn ?? null,
    note: payment.note ?? null,
    family: { id: family.id, reference: family.reference },
    guardian: guardian
      ? { id: guardian.id, firstName: guardian.firstName, lastName: guardian.lastName, email: guardian.email }
      : null,
    recordedBy: agent ? { id: agent.id, firstName: agent.firstName, lastName: agent.lastName } : null,
    invoices: invoicesOf(payment),
  };
}
