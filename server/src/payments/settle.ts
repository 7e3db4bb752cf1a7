import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { formatEuros } from '@portail/shared/billing/format';
import { InvoiceEntity } from '../billing/entities.ts';
import { PaymentAllocationEntity } from './entities.ts';
import { allocatedCents } from './payable.ts';

/**
 * Gives the invoices of a payment just validated (and flushed as such) their new state: paid, or partially
 * paid while a remainder is left. A cancelled invoice keeps its state. Returns what staff must look at: an
 * invoice cancelled meanwhile, or paid twice (money to give back).
 */
export async function settleInvoices(em: EntityManager, paymentId: number): Promise<string[]> {
  const allocations = await em.find(PaymentAllocationEntity, { payment: paymentId });
  const ids = allocations.map((a) => a.invoice.id).sort((a, b) => a - b);
  const invoices = await em.find(
    InvoiceEntity,
    { id: { $in: ids } },
    { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' }, refresh: true },
  );
  const sums = await allocatedCents(em, ids);
  const anomalies: string[] = [];
  for (const invoice of invoices) {
    const paid = sums.get(invoice.id)?.validated ?? 0;
    if (invoice.state === 'cancelled') {
      anomalies.push(`La facture n° ${invoice.number} a été annulée entre-temps : paiement à rembourser.`);
      continue;
    }
    if (paid > invoice.totalCents) {
      anomalies.push(
        `La facture n° ${invoice.number} est payée au-delà de son montant : ${formatEuros(paid - invoice.totalCents)} à rembourser.`,
      );
    }
    invoice.state = paid >= invoice.totalCents ? 'paid' : paid > 0 ? 'partially_paid' : invoice.state;
  }
  return anomalies;
}
