import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { InvoiceEntity } from '../billing/entities.ts';
import { AppError } from '../trpc/errors.ts';

export type PayableInvoice = {
  invoice: InvoiceEntity;
  /** What validated payments already settled. */
  paidCents: number;
  remainingCents: number;
};

/** Per invoice, the cents of its allocations by the state of their payment. */
export async function allocatedCents(
  em: EntityManager,
  invoiceIds: number[],
): Promise<Map<number, { validated: number; inProgress: number }>> {
  const rows = invoiceIds.length
    ? await em.execute<{ invoice_id: number; in_progress: boolean; cents: string }[]>(
        `select a.invoice_id, p.state <> 'validated' as in_progress, sum(a.amount_cents) as cents
         from payment_allocation a join payment p on p.id = a.payment_id
         where a.invoice_id in (?) and p.state in ('created', 'pending', 'validated')
         group by a.invoice_id, p.state <> 'validated'`,
        [invoiceIds],
      )
    : [];
  const sums = new Map<number, { validated: number; inProgress: number }>();
  for (const row of rows) {
    const sum = sums.get(row.invoice_id) ?? { validated: 0, inProgress: 0 };
    if (row.in_progress) sum.inProgress += Number(row.cents);
    else sum.validated += Number(row.cents);
    sums.set(row.invoice_id, sum);
  }
  return sums;
}

/**
 * The invoices of `familyId` named by `invoiceIds`, each with what is left to pay, in number order; throws
 * the French reason when one cannot be paid now. With `lock`, the invoice rows are locked (FOR UPDATE, in id
 * order) until the caller's transaction ends: two payments for one invoice are decided one after the other,
 * and the second sees the first's allocations.
 */
export async function payableInvoices(
  em: EntityManager,
  familyId: number,
  invoiceIds: readonly number[],
  options: { lock: boolean },
): Promise<PayableInvoice[]> {
  const ids = [...new Set(invoiceIds)].sort((a, b) => a - b);
  if (ids.length === 0) {
    throw new AppError('BAD_INPUT', { userMessage: 'Choisissez au moins une facture à payer.' });
  }
  const invoices = await em.find(
    InvoiceEntity,
    { id: { $in: ids }, family: familyId },
    {
      orderBy: { id: 'asc' },
      ...(options.lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {}),
    },
  );
  if (invoices.length !== ids.length) {
    throw new AppError('NOT_FOUND', { userMessage: "Cette facture n'existe pas ou n'est plus disponible." });
  }
  const sums = await allocatedCents(em, ids);
  const payable = invoices
    .sort((a, b) => a.number.localeCompare(b.number))
    .map((invoice) => {
      const sum = sums.get(invoice.id) ?? { validated: 0, inProgress: 0 };
      const n = invoice.number;
      if (invoice.state === 'cancelled') {
        throw new AppError('CONFLICT', {
          userMessage: `La facture n° ${n} a été annulée : elle n'est plus à payer.`,
        });
      }
      if (sum.inProgress > 0) {
        throw new AppError('CONFLICT', {
          userMessage: `La facture n° ${n} est déjà en cours de paiement. Si vous avez quitté la page de la banque sans payer, vous pourrez réessayer dans une vingtaine de minutes.`,
        });
      }
      const remainingCents = invoice.totalCents - sum.validated;
      if (invoice.state === 'paid' || remainingCents <= 0) {
        throw new AppError('CONFLICT', { userMessage: `La facture n° ${n} est déjà payée.` });
      }
      return { invoice, paidCents: sum.validated, remainingCents };
    });
  return payable;
}
