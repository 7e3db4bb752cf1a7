import { LockMode, ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { formatEuros } from '@portail/shared/billing/format';
import type { CancelInvoiceInput } from '@portail/shared/billing/schema';
import { StaffUserEntity } from '../accounts/entities.ts';
import { audit } from '../audit/record.ts';
import { publish } from '../live/publish.ts';
import { AppError } from '../trpc/errors.ts';
import { draftInvoices } from './drafts.ts';
import { InvoiceEntity } from './entities.ts';
import { type BillingDeps, type IssuedInvoice, issueDrafts } from './invoicing.ts';
import { lockInvoicingMonth } from './locks.ts';

/**
 * The invoice, row-locked, once its month's lock is held: cancellations, reissues and runs of that month
 * happen one at a time. Its month never changes, so reading it first to know which lock to take is safe.
 */
async function lockedInvoice(em: EntityManager, invoiceId: number): Promise<InvoiceEntity> {
  const head = await em.findOne(InvoiceEntity, { id: invoiceId });
  if (!head) throw new AppError('NOT_FOUND', { userMessage: "Cette facture n'existe pas." });
  await lockInvoicingMonth(em, head.month);
  return em.findOneOrFail(
    InvoiceEntity,
    { id: invoiceId },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true, populate: ['replacesInvoice'] },
  );
}

/** Amounts allocated to the invoice by payment state. */
async function allocatedByState(em: EntityManager, invoiceId: number) {
  const rows = await em.execute<{ state: string; amount: string }[]>(
    `select p.state, sum(a.amount_cents) as amount from payment_allocation a
     join payment p on p.id = a.payment_id where a.invoice_id = ? group by p.state`,
    [invoiceId],
  );
  return new Map(rows.map((r) => [r.state, Number(r.amount)]));
}

/**
 * « Annuler la facture »: an issued invoice is never edited; it is cancelled with its reason, kept with its
 * number for the public accountant, and a replacement is issued (`reissueInvoice`). Money already received
 * must be refunded first, and a payment the bank is still deciding must be waited for.
 */
export async function cancelInvoice(
  em: EntityManager,
  staffId: number,
  input: CancelInvoiceInput,
  now: Date,
) {
  return em.transactional(async (tx) => {
    const invoice = await lockedInvoice(tx, input.invoiceId);
    if (invoice.state === 'cancelled') {
      throw new AppError('CONFLICT', { userMessage: `La facture n° ${invoice.number} est déjà annulée.` });
    }
    const allocated = await allocatedByState(tx, invoice.id);
    const validated = allocated.get('validated') ?? 0;
    if (validated > 0 || invoice.state === 'paid' || invoice.state === 'partially_paid') {
      throw new AppError('CONFLICT', {
        userMessage: `Un paiement validé${validated > 0 ? ` de ${formatEuros(validated)}` : ''} est affecté à la facture n° ${invoice.number} : le comptable public doit d'abord le rembourser, la facture pourra ensuite être annulée.`,
      });
    }
    if ((allocated.get('pending') ?? 0) > 0) {
      throw new AppError('CONFLICT', {
        userMessage: `Un paiement de la facture n° ${invoice.number} est en attente de validation par la banque : réessayez une fois la réponse de la banque connue.`,
      });
    }
    invoice.state = 'cancelled';
    invoice.cancelledAt = now;
    invoice.cancelledReason = input.reason;
    invoice.cancelledBy = ref(tx.getReference(StaffUserEntity, staffId));
    audit(tx, 'invoice_cancelled', {
      actor: { kind: 'staff', id: staffId },
      subject: { kind: 'invoice', id: invoice.id },
      detail: {
        number: invoice.number,
        familyId: invoice.family.id,
        month: invoice.month,
        reason: input.reason,
      },
    });
    // The family's open « Mes factures » shows it cancelled at once, before any replacement.
    publish(
      tx,
      { familyId: invoice.family.id, staff: true },
      { type: 'invoice.cancelled', invoiceId: invoice.id, number: invoice.number },
    );
    await tx.flush();
    return { invoiceId: invoice.id, number: invoice.number, state: invoice.state };
  });
}

/**
 * « Rééditer »: the replacement of a cancelled invoice, computed again from the planning as it is now, with a
 * new number. Nothing left to bill (every day justified absent, say) issues nothing: the cancellation stands.
 */
export async function reissueInvoice(
  em: EntityManager,
  deps: BillingDeps,
  staffId: number,
  invoiceId: number,
  now: Date,
): Promise<{ replaced: { invoiceId: number; number: string }; issued: IssuedInvoice | null }> {
  const outcome = await em.transactional(async (tx) => {
    const cancelled = await lockedInvoice(tx, invoiceId);
    if (cancelled.state !== 'cancelled') {
      throw new AppError('CONFLICT', {
        userMessage: `La facture n° ${cancelled.number} n'est pas annulée : annulez-la d'abord, avec son motif.`,
      });
    }
    const replacement = await tx.findOne(InvoiceEntity, { replacesInvoice: cancelled.id });
    if (replacement) {
      throw new AppError('CONFLICT', {
        userMessage: `La facture n° ${cancelled.number} est déjà remplacée par la facture n° ${replacement.number}.`,
      });
    }
    const live = await tx.findOne(InvoiceEntity, {
      family: cancelled.family.id,
      month: cancelled.month,
      state: { $ne: 'cancelled' },
    });
    if (live) {
      throw new AppError('CONFLICT', {
        userMessage: `La facture n° ${live.number} est déjà émise pour ce mois : annulez-la d'abord pour la rééditer.`,
      });
    }
    const drafts = await draftInvoices(tx, cancelled.month, cancelled.family.id);
    const [issued = null] = await issueDrafts(tx, deps, staffId, cancelled.month, drafts, now, cancelled);
    return { replaced: { invoiceId: cancelled.id, number: cancelled.number }, issued };
  });
  if (outcome.issued) void deps.mailer.deliver();
  return outcome;
}
