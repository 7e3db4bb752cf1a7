import type { MikroORM } from '@mikro-orm/postgresql';
import { addMonths } from '@portail/shared/billing/months';
import { parisDate } from '@portail/shared/bookings/calendar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestOrm, createTestOrm } from '../../test/database.ts';
import { PaymentAllocationEntity, PaymentEntity } from '../payments/entities.ts';
import { InvoiceEntity, InvoiceLineEntity } from './entities.ts';
import { billingFixture, schoolDaysOf } from './test-fixture.ts';
import { familyInvoices, invoiceViews } from './views.ts';

let orm: MikroORM;
beforeAll(async () => {
  orm = await createTestOrm();
});
afterAll(() => closeTestOrm(orm));

const month = addMonths(parisDate(new Date()).slice(0, 7), -40);
let serial = Math.floor(Math.random() * 90_000);
/** A year no other test issues in, so that numbers never collide. */
const number = () => `1999-${String(++serial).padStart(5, '0')}`;

// The invoice list reads plain rows, not entities: this pins every field of a view to what the rows hold.
describe('invoice views', () => {
  it('give amounts, replacements, cancellation and lines as stored', async () => {
    const em = orm.em.fork();
    const f = await billingFixture(em, month);
    const fam = await f.family({ qf: 1000, children: 2 });
    const [lea, hugo] = fam.children as [(typeof fam.children)[0], (typeof fam.children)[0]];
    const days = schoolDaysOf(month);
    const issuedAt = new Date('2023-02-03T09:10:11.123Z');
    const cancelledAt = new Date('2023-02-10T08:00:00.456Z');
    const cancelled = em.create(InvoiceEntity, {
      number: number(),
      family: fam.family,
      month,
      issuedAt,
      dueDate: '2023-03-05',
      totalCents: 600,
      state: 'cancelled',
      cancelledAt,
      cancelledReason: 'Absence justifiée',
      cancelledBy: f.admin,
    });
    await em.flush();
    const live = em.create(InvoiceEntity, {
      number: number(),
      family: fam.family,
      month,
      issuedAt: new Date(issuedAt.getTime() + 60_000),
      dueDate: '2023-03-06',
      totalCents: 950,
      state: 'partially_paid',
      replacesInvoice: cancelled,
    });
    const line = (invoice: InvoiceEntity, child: typeof lea, dates: string[], unitPriceCents: number) =>
      em.create(InvoiceLineEntity, {
        invoice,
        child,
        unit: f.repas,
        label: 'Restauration',
        dates,
        quantity: dates.length,
        unitPriceCents,
        amountCents: dates.length * unitPriceCents,
      });
    line(cancelled, lea, [days[0] as string, days[1] as string], 300);
    const second = line(live, hugo, [days[3] as string, days[2] as string], 400);
    const first = line(live, lea, [days[0] as string], 150);
    const payment = (state: 'validated' | 'pending', amountCents: number) =>
      em.create(PaymentAllocationEntity, {
        payment: em.create(PaymentEntity, {
          reference: `P${crypto.randomUUID().replaceAll('-', '').slice(0, 12)}`,
          family: fam.family,
          guardian: fam.guardians[0],
          provider: 'payfip',
          method: state === 'validated' ? 'card' : null,
          amountCents,
          state,
          createdAt: new Date(),
          settledAt: state === 'validated' ? new Date() : null,
        }),
        invoice: live,
        amountCents,
      });
    payment('validated', 300);
    payment('validated', 200);
    payment('pending', 100);
    await em.flush();

    const now = new Date('2023-03-07T12:00:00Z');
    const views = await familyInvoices(orm.em.fork(), fam.familyId, now);
    const common = { familyId: fam.family.id, month };
    expect(views).toEqual([
      {
        ...common,
        id: live.id,
        number: live.number,
        issuedAt: '2023-02-03T09:11:11.123Z',
        issueDate: '2023-02-03',
        dueDate: '2023-03-06',
        totalCents: 950,
        paidCents: 500,
        remainingCents: 450,
        state: 'partially_paid',
        displayState: 'overdue',
        cancelledAt: null,
        cancelledReason: null,
        replaces: { id: cancelled.id, number: cancelled.number },
        replacedBy: null,
        pdfUrl: `/files/invoices/${live.id}.pdf`,
        lines: [
          {
            id: second.id,
            childId: hugo.id,
            childName: `${hugo.firstName} ${hugo.lastName}`,
            unitId: f.repas.id,
            unitName: 'Restauration',
            dates: [days[2], days[3]],
            quantity: 2,
            unitPriceCents: 400,
            amountCents: 800,
          },
          {
            id: first.id,
            childId: lea.id,
            childName: `${lea.firstName} ${lea.lastName}`,
            unitId: f.repas.id,
            unitName: 'Restauration',
            dates: [days[0]],
            quantity: 1,
            unitPriceCents: 150,
            amountCents: 150,
          },
        ],
      },
      {
        ...common,
        id: cancelled.id,
        number: cancelled.number,
        issuedAt: '2023-02-03T09:10:11.123Z',
        issueDate: '2023-02-03',
        dueDate: '2023-03-05',
        totalCents: 600,
        paidCents: 0,
        remainingCents: 0,
        state: 'cancelled',
        displayState: 'cancelled',
        cancelledAt: '2023-02-10T08:00:00.456Z',
        cancelledReason: 'Absence justifiée',
        replaces: null,
        replacedBy: { id: live.id, number: live.number },
        pdfUrl: `/files/invoices/${cancelled.id}.pdf`,
        lines: [expect.objectContaining({ childId: lea.id, dates: [days[0], days[1]], amountCents: 600 })],
      },
    ]);
    expect(await invoiceViews(orm.em.fork(), { id: cancelled.id }, now)).toEqual([views[1]]);
    expect(await invoiceViews(orm.em.fork(), { id: cancelled.id, family: fam.family.id + 1 }, now)).toEqual(
      [],
    );
  });
});
