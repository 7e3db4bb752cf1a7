import type { EntityManager } from '@mikro-orm/postgresql';
import type { InvoiceState } from '@portail/shared/billing/schema';
import { invoiceDisplayState, remainingCents } from '@portail/shared/billing/status';
import { parisDate } from '@portail/shared/bookings/calendar';
import { PaymentAllocationEntity, PaymentEntity } from '../payments/entities.ts';
import { AppError } from '../trpc/errors.ts';
import type { AuthorizedFamilyId } from '../trpc/procedures.ts';

/** Where the PDF of an invoice is downloaded (with the access token as a Bearer header). */
export const invoicePdfPath = (invoiceId: number) => `/files/invoices/${invoiceId}.pdf`;

type InvoiceRow = {
  id: number;
  number: string;
  family_id: number;
  month: string;
  issued_ms: number;
  due_date: string;
  total_cents: number;
  state: InvoiceState;
  cancelled_ms: number | null;
  cancelled_reason: string | null;
  replaces_id: number | null;
  replaces_number: string | null;
  replaced_by_id: number | null;
  replaced_by_number: string | null;
  paid_cents: number;
};

type LineRow = {
  id: number;
  invoice_id: number;
  child_id: number;
  child_first_name: string;
  child_last_name: string;
  unit_id: number;
  label: string;
  dates: string[];
  quantity: number;
  unit_price_cents: number;
  amount_cents: number;
};

/** Which invoices: one by id (staff), or a family's, or one of a family's (the family itself). */
export type InvoiceFilter = { id: number; family?: number } | { family: number };

/**
 * Invoices as « Mes Factures & Paiements » shows them, newest first: amounts, state with « en retard »
 * computed for today in Paris, the invoice it replaces or that replaced it, and its lines. Read as plain rows
 * rather than entities: the family's list is a hot read and hydration was most of its cost. Only validated
 * payments count as paid (pending ones may still fail).
 */
export async function invoiceViews(em: EntityManager, filter: InvoiceFilter, now: Date) {
  const conditions: string[] = [];
  const params: number[] = [];
  if ('id' in filter) {
    conditions.push('i.id = ?');
    params.push(filter.id);
  }
  if (filter.family !== undefined) {
    conditions.push('i.family_id = ?');
    params.push(filter.family);
  }
  // One replacement at most per invoice: replaces_invoice_id is unique.
  const invoices = await em.execute<InvoiceRow[]>(
    `select i.id, i.number, i.family_id, i.month, floor(extract(epoch from i.issued_at) * 1000)::float8 as issued_ms,
       to_char(i.due_date, 'YYYY-MM-DD') as due_date, i.total_cents, i.state,
       floor(extract(epoch from i.cancelled_at) * 1000)::float8 as cancelled_ms, i.cancelled_reason,
       r.id as replaces_id, r.number as replaces_number, n.id as replaced_by_id, n.number as replaced_by_number,
       (select coalesce(sum(a.amount_cents), 0) from payment_allocation a join payment p on p.id = a.payment_id
        where p.state = 'validated' and a.invoice_id = i.id)::float8 as paid_cents
     from invoice i
     left join invoice r on r.id = i.replaces_invoice_id
     left join invoice n on n.replaces_invoice_id = i.id
     where ${conditions.join(' and ')} order by i.issued_at desc, i.id desc`,
    params,
  );
  const lines = invoices.length
    ? await em.execute<LineRow[]>(
        `select l.id, l.invoice_id, l.child_id, c.first_name as child_first_name, c.last_name as child_last_name,
           l.unit_id, l.label, l.dates::text[] as dates, l.quantity, l.unit_price_cents, l.amount_cents
         from invoice_line l join child c on c.id = l.child_id where l.invoice_id in (?) order by l.id`,
        [invoices.map((i) => i.id)],
      )
    : [];
  const linesOf = Map.groupBy(lines, (l) => l.invoice_id);
  const today = parisDate(now);
  return invoices.map((i) => {
    const amounts = {
      state: i.state,
      totalCents: i.total_cents,
      paidCents: i.paid_cents,
      dueDate: i.due_date,
    };
    const issuedAt = new Date(i.issued_ms);
    return {
      id: i.id,
      number: i.number,
      familyId: i.family_id,
      month: i.month,
      issuedAt: issuedAt.toISOString(),
      issueDate: parisDate(issuedAt),
      dueDate: i.due_date,
      totalCents: i.total_cents,
      paidCents: i.paid_cents,
      remainingCents: i.state === 'cancelled' ? 0 : remainingCents(amounts),
      state: i.state,
      displayState: invoiceDisplayState(amounts, today),
      cancelledAt: i.cancelled_ms === null ? null : new Date(i.cancelled_ms).toISOString(),
      cancelledReason: i.cancelled_reason,
      replaces: i.replaces_id === null ? null : { id: i.replaces_id, number: i.replaces_number as string },
      replacedBy:
        i.replaced_by_id === null ? null : { id: i.replaced_by_id, number: i.replaced_by_number as string },
      pdfUrl: invoicePdfPath(i.id),
      lines: (linesOf.get(i.id) ?? []).map((l) => ({
        id: l.id,
        childId: l.child_id,
        childName: `${l.child_first_name} ${l.child_last_name}`,
        unitId: l.unit_id,
        unitName: l.label,
        dates: l.dates.sort(),
        quantity: l.quantity,
        unitPriceCents: l.unit_price_cents,
        amountCents: l.amount_cents,
      })),
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
