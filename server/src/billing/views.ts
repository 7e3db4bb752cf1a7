import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { invoiceDisplayState, remainingCents } from '@portail/shared/billing/status';
import { parisDate } from '@portail/shared/bookings/calendar';
import { PaymentAllocationEntity, PaymentEntity } from '../payments/entities.ts';
import { AppError } from '../trpc/errors.ts';
import type { AuthorizedFamilyId } from '../trpc/procedures.ts';
import { InvoiceEntity } from './entities.ts';

/** Where the PDF of an invoice is downloaded (with the access token as a Bearer header). */
export const invoicePdfPath = (invoiceId: number) => `/files/invoices/${invoiceId}.pdf`;

/** What validated payments allocated to each invoice: only those pay it (pending ones may still fail). */
async function paidCentsOf(em: EntityManager, invoiceIds: number[]): Promise<Map<number, number>> {
  if (invoiceIds.length === 0) return new Map();
  const rows = await em.execute<{ invoice_id: number; paid: string }[]>(
    `select a.invoice_id, sum(a.amount_cents) as paid from payment_allocation a
     join payment p on p.id = a.payment_id
     where p.state = 'validated' and a.invoice_id in (?) group by a.invoice_id`,
    [invoiceIds],
  );
  return new Map(rows.map((r) => [r.invoice_id, Number(r.paid)]));
}

/**
 * Invoices as « Mes Factures & Paiements » shows them, newest first: amounts, state with « en retard »
 * computed for today in Paris, the invoice it replaces or that replaced it, and its lines.
 */
export async function invoiceViews(em: EntityManager, where: FilterQuery<InvoiceEntity>, now: Date) {
  const invoices = await em.find(InvoiceEntity, where, {
    populate: ['lines.child', 'replacesInvoice'],
    orderBy: { issuedAt: 'desc', id: 'desc' },
  });
  const ids = invoices.map((i) => i.id);
  const paid = await paidCentsOf(em, ids);
  const replacements = ids.length ? await em.find(InvoiceEntity, { replacesInvoice: { $in: ids } }) : [];
  const replacedBy = new Map(replacements.map((r) => [r.replacesInvoice?.id, r]));
  const today = parisDate(now);
  return invoices.map((i) => {
    const amounts = {
      state: i.state,
      totalCents: i.totalCents,
      paidCents: paid.get(i.id) ?? 0,
      dueDate: i.dueDate,
    };
    const replaces = i.replacesInvoice?.getEntity();
    const replacement = replacedBy.get(i.id);
    return {
      id: i.id,
      number: i.number,
      familyId: i.family.id,
      month: i.month,
      issuedAt: i.issuedAt.toISOString(),
      issueDate: parisDate(i.issuedAt),
      dueDate: i.dueDate,
      totalCents: i.totalCents,
      paidCents: amounts.paidCents,
      remainingCents: i.state === 'cancelled' ? 0 : remainingCents(amounts),
      state: i.state,
      displayState: invoiceDisplayState(amounts, today),
      cancelledAt: i.cancelledAt?.toISOString() ?? null,
      cancelledReason: i.cancelledReason ?? null,
      replaces: replaces ? { id: replaces.id, number: replaces.number } : null,
      replacedBy: replacement ? { id: replacement.id, number: replacement.number } : null,
      pdfUrl: invoicePdfPath(i.id),
      lines: i.lines
        .getItems()
        .sort((a, b) => a.id - b.id)
        .map((l) => {
          const child = l.child.getEntity();
          return {
            id: l.id,
            childId: child.id,
            childName: `${child.firstName} ${child.lastName}`,
            unitId: l.unit.id,
            unitName: l.label,
            dates: [...l.dates].sort(),
            quantity: l.quantity,
            unitPriceCents: l.unitPriceCents,
            amountCents: l.amountCents,
          };
        }),
    };
  });
}

export type InvoiceView = Awaited<ReturnType<typeof invoiceViews>>[number];

/** « Voir l'ensemble des factures »: the family's invoices over the years. */
export const familyInvoices = (em: EntityManager, familyId: AuthorizedFamilyId, now: Date) =>
  invoiceViews(em, { family: familyId }, now);

/**
 * « Accéder au détail des factures »: one invoice of the family, with the payments allocated to it. Another
 * family's invoice is not found, exactly as an unknown one.
 */
export async function familyInvoice(
  em: EntityManager,
  familyId: AuthorizedFamilyId,
  invoiceId: number,
  now: Date,
) {
  const [invoice] = await invoiceViews(em, { id: invoiceId, family: familyId }, now);
  if (!invoice) throw new AppError('NOT_FOUND', { userMessage: "Cette facture n'existe pas." });
  const allocations = await em.find(
    PaymentAllocationEntity,
    { invoice: invoiceId },
    { populate: ['payment'], orderBy: { payment: { createdAt: 'desc' } } },
  );
  return {
    ...invoice,
    payments: allocations.map((a) => {
      const p = a.payment.getEntity();
      return {
        paymentId: p.id,
        reference: p.reference,
        createdAt: p.createdAt.toISOString(),
        state: p.state,
        method: p.method ?? null,
        provider: p.provider,
        amountCents: a.amountCents,
      };
    }),
  };
}

/** The family's payments, newest first, with the invoices each covers (guide §6: one payment, several invoices). */
export async function familyPayments(em: EntityManager, familyId: AuthorizedFamilyId) {
  const payments = await em.find(
    PaymentEntity,
    { family: familyId },
    { populate: ['allocations.invoice'], orderBy: { createdAt: 'desc', id: 'desc' } },
  );
  return payments.map((p) => ({
    id: p.id,
    reference: p.reference,
    createdAt: p.createdAt.toISOString(),
    date: parisDate(p.settledAt ?? p.createdAt),
    settledAt: p.settledAt?.toISOString() ?? null,
    amountCents: p.amountCents,
    state: p.state,
    method: p.method ?? null,
    provider: p.provider,
    invoices: p.allocations
      .getItems()
      .map((a) => ({
        invoiceId: a.invoice.id,
        number: a.invoice.getEntity().number,
        amountCents: a.amountCents,
      }))
      .sort((a, b) => a.number.localeCompare(b.number)),
  }));
}
