import type { EntityManager } from '@mikro-orm/postgresql';
import { formatAmount } from '@portail/shared/billing/format';
import {
  invoiceStateLabels,
  paymentMethodLabels,
  paymentProviderLabels,
  paymentStateLabels,
} from '@portail/shared/billing/labels';
import type { InvoiceState } from '@portail/shared/billing/schema';
import { invoiceDisplayState, remainingCents } from '@portail/shared/billing/status';
import { parisDate } from '@portail/shared/bookings/calendar';
import type { PaymentMethod, PaymentProvider, PaymentState } from '@portail/shared/payments/schema';

type Cell = string | number | null;

/**
 * « Factures » for the public accountant: every invoice of the billed months, cancelled ones included, by
 * number, so the sequence can be checked for gaps. Amounts as « 12,50 ».
 */
export async function invoicesExport(
  em: EntityManager,
  from: string,
  to: string,
  now: Date,
): Promise<Cell[][]> {
  const rows = await em.execute<
    {
      number: string;
      month: string;
      issue_date: string;
      due_date: string;
      reference: string;
      guardian: string | null;
      total_cents: number;
      paid: string;
      state: InvoiceState;
      replaces: string | null;
      cancel_date: string | null;
      cancelled_reason: string | null;
    }[]
  >(
    `select i.number, i.month,
       to_char(i.issued_at at time zone 'Europe/Paris', 'YYYY-MM-DD') as issue_date,
       to_char(i.due_date, 'YYYY-MM-DD') as due_date, f.reference,
       (select g.last_name || ' ' || g.first_name from guardian g where g.family_id = f.id order by g.id limit 1)
         as guardian,
       i.total_cents, i.state, r.number as replaces,
       to_char(i.cancelled_at at time zone 'Europe/Paris', 'YYYY-MM-DD') as cancel_date, i.cancelled_reason,
       coalesce((select sum(a.amount_cents) from payment_allocation a join payment p on p.id = a.payment_id
                 where a.invoice_id = i.id and p.state = 'validated'), 0) as paid
     from invoice i join family f on f.id = i.family_id left join invoice r on r.id = i.replaces_invoice_id
     where i.month between ? and ? order by i.number`,
    [from, to],
  );
  const today = parisDate(now);
  return [
    [
      'Numéro',
      'Mois facturé',
      "Date d'émission",
      "Date d'échéance",
      'Référence famille',
      'Responsable',
      'Montant',
      'Payé',
      'Reste à payer',
      'État',
      'Remplace la facture',
      "Date d'annulation",
      "Motif d'annulation",
    ],
    ...rows.map((r) => {
      const amounts = {
        state: r.state,
        totalCents: r.total_cents,
        paidCents: Number(r.paid),
        dueDate: r.due_date,
      };
      return [
        r.number,
        r.month,
        r.issue_date,
        r.due_date,
        r.reference,
        r.guardian,
        formatAmount(r.total_cents),
        formatAmount(amounts.paidCents),
        formatAmount(r.state === 'cancelled' ? 0 : remainingCents(amounts)),
        invoiceStateLabels[invoiceDisplayState(amounts, today)],
        r.replaces,
        r.cancel_date,
        r.cancelled_reason,
      ];
    }),
  ];
}

/**
 * « Paiements »: every payment whose date (the bank's answer, else its creation) falls in [from, to] in
 * Paris, whatever its state, with the invoices it covers.
 */
export async function paymentsExport(em: EntityManager, from: string, to: string): Promise<Cell[][]> {
  const rows = await em.execute<
    {
      reference: string;
      date: string;
      family: string;
      amount_cents: number;
      state: PaymentState;
      method: PaymentMethod | null;
      provider: PaymentProvider;
      invoices: string | null;
    }[]
  >(
    `select p.reference,
       to_char(coalesce(p.settled_at, p.created_at) at time zone 'Europe/Paris', 'YYYY-MM-DD') as date,
       f.reference as family, p.amount_cents, p.state, p.method, p.provider,
       (select string_agg(i.number, ', ' order by i.number) from payment_allocation a
        join invoice i on i.id = a.invoice_id where a.payment_id = p.id) as invoices
     from payment p join family f on f.id = p.family_id
     where (coalesce(p.settled_at, p.created_at) at time zone 'Europe/Paris')::date between ? and ?
     order by coalesce(p.settled_at, p.created_at), p.id`,
    [from, to],
  );
  return [
    ['Référence', 'Date', 'Référence famille', 'Montant', 'État', 'Mode de règlement', 'Canal', 'Factures'],
    ...rows.map((r) => [
      r.reference,
      r.date,
      r.family,
      formatAmount(r.amount_cents),
      paymentStateLabels[r.state],
      r.method ? paymentMethodLabels[r.method] : null,
      paymentProviderLabels[r.provider],
      r.invoices,
    ]),
  ];
}
