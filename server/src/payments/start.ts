import type { EntityManager } from '@mikro-orm/postgresql';
import { parisDate } from '@portail/shared/bookings/calendar';
import { GuardianEntity } from '../accounts/entities.ts';
import { publish } from '../live/publish.ts';
import { nextNumber } from '../numbering/service.ts';
import { AppError } from '../trpc/errors.ts';
import type { AuthorizedFamilyId } from '../trpc/procedures.ts';
import type { PaymentDeps } from './deps.ts';
import { PaymentAllocationEntity, PaymentEntity } from './entities.ts';
import { payableInvoices } from './payable.ts';

const LABEL_MAX = 100;

/**
 * PayFiP's `objet`: ASCII letters, digits and spaces, at most 100. « Portail Famille factures 2026 00012
 * 2026 00013 »; past 100 characters the last ones are counted: « … et 4 autres ».
 */
export function paymentLabel(invoiceNumbers: readonly string[]): string {
  const ascii = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[^A-Za-z0-9 ]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  let label = invoiceNumbers.length > 1 ? 'Portail Famille factures' : 'Portail Famille facture';
  for (const [i, number] of invoiceNumbers.entries()) {
    const next = `${label} ${ascii(number)}`;
    const after = invoiceNumbers.length - i - 1;
    if (next.length + (after > 0 ? ` et ${after} autres`.length : 0) > LABEL_MAX) {
      return `${label} et ${invoiceNumbers.length - i} autres`;
    }
    label = next;
  }
  return label;
}

/** The recap step (guide §6, « Paiement »): what will be debited, and for which invoices. No side effect. */
export async function paymentRecap(em: EntityManager, familyId: AuthorizedFamilyId, invoiceIds: number[]) {
  const payable = await payableInvoices(em, familyId, invoiceIds, { lock: false });
  return {
    invoices: payable.map((p) => ({
      id: p.invoice.id,
      number: p.invoice.number,
      month: p.invoice.month,
      dueDate: p.invoice.dueDate,
      totalCents: p.invoice.totalCents,
      paidCents: p.paidCents,
      remainingCents: p.remainingCents,
    })),
    invoiceNumbers: payable.map((p) => p.invoice.number),
    amountCents: payable.reduce((sum, p) => sum + p.remainingCents, 0),
  };
}

export type StartedPayment = {
  paymentId: number;
  reference: string;
  amountCents: number;
  invoiceNumbers: string[];
  redirectUrl: string;
};

/**
 * «Payer»: one payment for the ticked invoices, for what is left of each. The invoices are checked and the
 * payment recorded under their row locks, so of two starts for one invoice the second is told it is being
 * paid. The bank is called after that commit, not inside it: its latency must not hold the locks, and the
 * created payment keeps the invoices from being paid twice meanwhile.
 */
export async function startPayment(
  deps: PaymentDeps,
  familyId: AuthorizedFamilyId,
  guardianId: number,
  invoiceIds: number[],
  now = new Date(),
): Promise<StartedPayment> {
  const provider = deps.providers.active;
  const em = deps.orm.em.fork() as EntityManager;
  const year = Number(parisDate(now).slice(0, 4));
  const started = await em.transactional(async (tx) => {
    const payable = await payableInvoices(tx, familyId, invoiceIds, { lock: true });
    const guardian = await tx.findOneOrFail(GuardianEntity, { id: guardianId, family: familyId });
    const payment = tx.create(PaymentEntity, {
      reference: await nextNumber(tx, 'payment', year),
      family: familyId,
      guardian,
      provider: provider.kind,
      method: null,
      providerOperationId: null,
      providerResult: null,
      amountCents: payable.reduce((sum, p) => sum + p.remainingCents, 0),
      state: 'created',
      settledAt: null,
    });
    for (const p of payable) {
      tx.create(PaymentAllocationEntity, { payment, invoice: p.invoice, amountCents: p.remainingCents });
    }
    await tx.flush();
    publish(
      tx,
      { familyId, staff: true },
      { type: 'payment.updated', paymentId: payment.id, reference: payment.reference, state: payment.state },
    );
    return { payment, email: guardian.email, invoiceNumbers: payable.map((p) => p.invoice.number) };
  });

  const { payment } = started;
  let operation: { operationId: string; redirectUrl: string };
  try {
    operation = await provider.create({
      reference: payment.reference,
      year,
      label: paymentLabel(started.invoiceNumbers),
      amountCents: payment.amountCents,
      email: started.email,
      notifyUrl: `${deps.config.publicUrl}/banque/notification`,
      returnUrl: `${deps.config.publicUrl}/paiement/retour`,
    });
  } catch (error) {
    deps.log.error(
      { err: error, paymentId: payment.id },
      'paiement : la banque a refusé de créer l’opération',
    );
    await giveUp(em, payment, now);
    throw new AppError('UNAVAILABLE', {
      userMessage:
        'Le service de paiement en ligne ne répond pas : rien n’a été débité. Réessayez dans quelques minutes, ou réglez auprès du service.',
      cause: error,
    });
  }
  await em.nativeUpdate(
    PaymentEntity,
    { id: payment.id, providerOperationId: null },
    { providerOperationId: operation.operationId },
  );
  return {
    paymentId: payment.id,
    reference: payment.reference,
    amountCents: payment.amountCents,
    invoiceNumbers: started.invoiceNumbers,
    redirectUrl: operation.redirectUrl,
  };
}

/** The bank could not create the operation: the payment lapses at once and its invoices are free again. */
async function giveUp(em: EntityManager, payment: PaymentEntity, now: Date) {
  await em.transactional(async (tx) => {
    const p = await tx.findOneOrFail(PaymentEntity, { id: payment.id }, { refresh: true });
    p.state = 'expired';
    p.settledAt = now;
    p.anomaly = 'La banque n’a pas pu créer l’opération de paiement.';
    publish(
      tx,
      { familyId: p.family.id, staff: true },
      { type: 'payment.updated', paymentId: p.id, reference: p.reference, state: p.state },
    );
  });
}
