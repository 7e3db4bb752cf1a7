import type { EntityManager } from '@mikro-orm/postgresql';
import { tariffFor } from '@portail/shared/billing/pricing';
import { addDays, parisDate } from '@portail/shared/bookings/calendar';
import type { PaymentState } from '@portail/shared/payments/schema';
import type { ChildEntity } from '../accounts/entities.ts';
import { InvoiceEntity, InvoiceLineEntity, TariffEntity } from '../billing/entities.ts';
import type { UnitEntity } from '../bookings/entities.ts';
import { nextNumber } from '../numbering/service.ts';
import { PaymentAllocationEntity, PaymentEntity } from '../payments/entities.ts';
import { type DemoFacility, type DemoOffer, openDates, unitOf } from './facilities.ts';
import type { DemoFamily } from './family.ts';

const HOUR = 3_600_000;
const at = (date: string, time: string) => new Date(`${date}T${time}:00Z`);
const earliest = (...instants: Date[]) => new Date(Math.min(...instants.map((d) => d.getTime())));

/** 'YYYY-MM' of the month `n` months after `date`'s (before, when negative). */
function monthOffset(date: string, n: number): string {
  return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1 + n, 1))
    .toISOString()
    .slice(0, 7);
}

/** How many months of invoices the demo family has: over a year, so its history spans two years. */
export const DEMO_INVOICE_MONTHS = 14;
/** The oldest months were paid online; the later ones wait, overdue, for the parent (and the e2e tests). */
export const DEMO_PAID_MONTHS = 6;

/**
 * The invoices of the last fourteen months, from the children's usual week (Léa: morning care and lunch,
 * Hugo: lunch and evening care) at the family's tariff: the six oldest paid online, the others still to pay
 * (overdue but the last), the last one after a card refused by the bank.
 */
export async function seedBilling(
  em: EntityManager,
  offer: DemoOffer,
  demo: DemoFamily,
  today: string,
  now: Date,
): Promise<void> {
  const usualWeek: [ChildEntity, DemoFacility, string[]][] = [
    [demo.lea, offer.maternel, ['MATIN', 'REPAS']],
    [demo.hugo, offer.elementaire, ['REPAS', 'SOIR']],
  ];
  const invoices: InvoiceEntity[] = [];
  for (let n = DEMO_INVOICE_MONTHS; n >= 1; n--) {
    const month = monthOffset(today, -n);
    const first = `${month}-01`;
    const last = addDays(`${monthOffset(first, 1)}-01`, -1);
    const issuedAt = earliest(at(addDays(last, 3), '07:00'), new Date(now.getTime() - HOUR));
    const invoice = em.create(InvoiceEntity, {
      number: await nextNumber(em, 'invoice', Number(parisDate(issuedAt).slice(0, 4))),
      family: demo.family,
      month,
      issuedAt,
      dueDate: addDays(parisDate(issuedAt), 30),
      totalCents: 0,
      state: 'unpaid',
    });
    for (const [child, f, codes] of usualWeek) {
      for (const code of codes) {
        const unit = unitOf(f, code);
        const dates = openDates(offer, unit, first, last, unit.weekdays);
        if (dates.length === 0) continue;
        const unitPriceCents = await priceFor(em, unit, demo.family.quotientFamilial ?? null);
        const amountCents = dates.length * unitPriceCents;
        invoice.totalCents += amountCents;
        em.create(InvoiceLineEntity, {
          invoice,
          child,
          unit,
          label: `${unit.name} – ${f.facility.name}`,
          dates,
          quantity: dates.length,
          unitPriceCents,
          amountCents,
        });
      }
    }
    invoices.push(invoice);
  }

  const pay = async (
    invoice: InvoiceEntity,
    daysAfterIssue: number,
    state: PaymentState,
    resultrans: string,
  ) => {
    const createdAt = earliest(
      new Date(invoice.issuedAt.getTime() + daysAfterIssue * 24 * HOUR),
      new Date(now.getTime() - HOUR / 2),
    );
    const reference = await nextNumber(em, 'payment', Number(parisDate(createdAt).slice(0, 4)));
    const payment = em.create(PaymentEntity, {
      reference,
      family: demo.family,
      guardian: demo.guardian,
      provider: 'payfip',
      method: 'card',
      providerOperationId: `demo${reference}`,
      providerResult: resultrans,
      amountCents: invoice.totalCents,
      state,
      createdAt,
      settledAt: new Date(createdAt.getTime() + 3 * 60_000),
    });
    em.create(PaymentAllocationEntity, { payment, invoice, amountCents: invoice.totalCents });
  };
  for (const paid of invoices.slice(0, DEMO_PAID_MONTHS)) {
    await pay(paid, 6, 'validated', 'P');
    paid.state = 'paid';
  }
  const last = invoices.at(-1);
  if (last) await pay(last, 3, 'refused', 'R');
  await em.flush();
}

/** The price of the bracket holding the family's QF; the unit's full price when none does or QF is unknown. */
/** The family's price for a unit, by the same rule the monthly invoicing applies. */
async function priceFor(em: EntityManager, unit: UnitEntity, qf: number | null): Promise<number> {
  const tariffs = await em.find(TariffEntity, { unit });
  const brackets = tariffs.map((t) => ({
    qfMin: t.qfMin ?? null,
    qfMax: t.qfMax ?? null,
    priceCents: t.priceCents,
  }));
  return tariffFor(unit.priceCents, brackets, qf);
}
