import type { EntityManager } from '@mikro-orm/postgresql';
import { formatEuros } from '@portail/shared/billing/format';
import { parisDate } from '@portail/shared/bookings/calendar';
import type { RecordDeskPaymentInput } from '@portail/shared/payments/schema';
import { FamilyEntity, StaffUserEntity } from '../accounts/entities.ts';
import { audit } from '../audit/record.ts';
import { publish } from '../live/publish.ts';
import { nextNumber } from '../numbering/service.ts';
import { AppError } from '../trpc/errors.ts';
import type { PaymentDeps } from './deps.ts';
import { PaymentAllocationEntity, PaymentEntity } from './entities.ts';
import { payableInvoices } from './payable.ts';
import { monitorPayment } from './queries.ts';
import { settleInvoices } from './settle.ts';

/**
 * A cheque, cash or CESU handed in at the S.E.J. desk: validated at once and allocated to the invoices in
 * number order, each up to what is left of it, so a partial amount leaves the last one partially paid. An
 * invoice being paid online at that moment is refused: the bank's answer comes first.
 */
export async function recordDeskPayment(
  deps: Pick<PaymentDeps, 'orm' | 'log'>,
  staffId: number,
  input: RecordDeskPaymentInput,
  now = new Date(),
) {
  if (input.receivedOn > parisDate(now)) {
    throw new AppError('BAD_INPUT', { userMessage: 'La date de réception ne peut pas être dans le futur.' });
  }
  const em = deps.orm.em.fork() as EntityManager;
  const payment = await em.transactional(async (tx) => {
    const family = await tx.findOne(FamilyEntity, { id: input.familyId });
    if (!family) throw new AppError('NOT_FOUND', { userMessage: 'Cette famille n’existe pas.' });
    const payable = await payableInvoices(tx, family.id, input.invoiceIds, { lock: true });
    const remaining = payable.reduce((sum, p) => sum + p.remainingCents, 0);
    if (input.amountCents > remaining) {
      throw new AppError('BAD_INPUT', {
        userMessage: `Le montant dépasse ce qui reste à payer sur ces factures (${formatEuros(remaining)}).`,
      });
    }
    const payment = tx.create(PaymentEntity, {
      reference: await nextNumber(tx, 'payment', Number(parisDate(now).slice(0, 4))),
      family,
      guardian: null,
      provider: 'desk',
      method: input.method,
      providerOperationId: null,
      providerResult: null,
      amountCents: input.amountCents,
      state: 'validated',
      settledAt: now,
      recordedBy: tx.getReference(StaffUserEntity, staffId),
      receivedOn: input.receivedOn,
      note: input.note || null,
    });
    let left = input.amountCents;
    const allocated: { number: string; amountCents: number }[] = [];
    for (const p of payable) {
      const share = Math.min(left, p.remainingCents);
      if (share <= 0) break;
      tx.create(PaymentAllocationEntity, { payment, invoice: p.invoice, amountCents: share });
      allocated.push({ number: p.invoice.number, amountCents: share });
      left -= share;
    }
    await tx.flush();
    audit(tx, 'desk_payment_recorded', {
      actor: { kind: 'staff', id: staffId },
      subject: { kind: 'payment', id: payment.id },
      detail: {
        reference: payment.reference,
        familyId: family.id,
        method: input.method,
        amountCents: input.amountCents,
        receivedOn: input.receivedOn,
        invoices: allocated,
      },
    });
    const anomalies = await settleInvoices(tx, payment.id);
    if (anomalies.length > 0) payment.anomaly = anomalies.join(' ');
    publish(
      tx,
      { familyId: family.id, staff: true },
      { type: 'payment.updated', paymentId: payment.id, reference: payment.reference, state: payment.state },
    );
    await tx.flush();
    return payment;
  });
  deps.log.info(
    {
      paymentId: payment.id,
      reference: payment.reference,
      staffId,
      familyId: input.familyId,
      method: input.method,
      amountCents: input.amountCents,
    },
    'paiement au guichet enregistré',
  );
  return monitorPayment(deps.orm.em.fork() as EntityManager, payment.id);
}
