import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { addMonths } from '@portail/shared/billing/months';
import { parisDate } from '@portail/shared/bookings/calendar';
import { reservationStateOf } from '@portail/shared/bookings/rules';
import argon2 from 'argon2';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestOrm, createTestOrm } from '../../test/database.ts';
import { GuardianEntity, StaffUserEntity } from '../accounts/entities.ts';
import { draftInvoices } from '../billing/drafts.ts';
import { InvoiceEntity } from '../billing/entities.ts';
import { BookingEntity, FacilityEntity, PeriodEntity, ReservationEntity } from '../bookings/entities.ts';
import { NumberSequenceEntity } from '../numbering/entities.ts';
import { PaymentEntity } from '../payments/entities.ts';
import { DEMO_INVOICE_MONTHS, DEMO_PAID_MONTHS } from './billing.ts';
import { demoCredentials } from './family.ts';
import { seedDemoIfEmpty } from './seed.ts';
import { UNBILLED_MONTHS, unbilledCredentials } from './unbilled.ts';

describe('the demo seed', () => {
  let orm: MikroORM;
  let em: EntityManager;
  const today = parisDate(new Date());

  beforeAll(async () => {
    orm = await createTestOrm();
    await seedDemoIfEmpty(orm.em.fork(), pino({ level: 'silent' }));
    em = orm.em.fork();
  });
  afterAll(() => closeTestOrm(orm));

  it('creates the whole demo once, and nothing on a second start', async () => {
    const count = async () => {
      const [row] = await em.execute<Record<string, number>[]>(
        `select (select count(*)::int from facility) facilities, (select count(*)::int from unit) units,
           (select count(*)::int from tariff) tariffs, (select count(*)::int from period) periods,
           (select count(*)::int from reservation) reservations, (select count(*)::int from invoice) invoices,
           (select count(*)::int from payment) payments, (select count(*)::int from menu_day) menus,
           (select count(*)::int from child) children`,
      );
      return row;
    };
    const first = await count();
    expect(first).toMatchObject({
      facilities: 3,
      units: 10,
      tariffs: 30,
      periods: 7,
      invoices: DEMO_INVOICE_MONTHS,
      children: 3,
    });
    expect(first?.reservations).toBe(7);
    expect(first?.menus).toBeGreaterThanOrEqual(8);
    await seedDemoIfEmpty(orm.em.fork(), pino({ level: 'silent' }));
    expect(await count()).toEqual(first);
  });

  it('signs in with the published demo passwords, hashed with argon2id', async () => {
    const desk = await em.findOneOrFail(StaffUserEntity, { email: demoCredentials.desk.email });
    expect(desk.role).toBe('agent');
    expect(await argon2.verify(desk.passwordHash, demoCredentials.desk.password)).toBe(true);
    const bernard = await em.findOneOrFail(GuardianEntity, { email: unbilledCredentials.email });
    expect(await argon2.verify(bernard.passwordHash ?? '', unbilledCredentials.password)).toBe(true);
    const guardian = await em.findOneOrFail(GuardianEntity, { email: demoCredentials.parent.email });
    expect(guardian.activatedAt).toBeInstanceOf(Date);
    expect(guardian.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await argon2.verify(guardian.passwordHash ?? '', demoCredentials.parent.password)).toBe(true);
    const agent = await em.findOneOrFail(StaffUserEntity, { email: demoCredentials.agent.email });
    expect(agent.role).toBe('admin');
    expect(await argon2.verify(agent.passwordHash, demoCredentials.agent.password)).toBe(true);
  });

  it('has, for every facility, a current period and a next one, both open for booking', async () => {
    const now = new Date();
    for (const facility of await em.find(FacilityEntity, {})) {
      const periods = await em.find(
        PeriodEntity,
        { facility, endDate: { $gte: today } },
        { orderBy: { startDate: 'asc' } },
      );
      expect(periods).toHaveLength(2);
      const [current, next] = periods;
      expect(current && current.startDate <= today && today <= current.endDate).toBe(true);
      expect(next && next.startDate > today).toBe(true);
      for (const p of periods) expect(p.bookingOpensAt <= now && now < p.bookingClosesAt).toBe(true);
    }
  });

  it('gives each reservation the state its lines imply, and shows every state the guide does', async () => {
    const reservations = await em.find(ReservationEntity, {}, { populate: ['lines'] });
    for (const r of reservations) {
      expect(r.state).toBe(reservationStateOf(r.lines.getItems().map((l) => l.state)));
      expect(r.decidedAt === null).toBe(r.state === 'pending');
      expect(r.number).toMatch(/^R\d{4}-\d{6}$/);
    }
    expect(new Set(reservations.map((r) => r.state))).toEqual(new Set(['accepted', 'pending', 'partial']));
    const cancellation = reservations.find((r) => r.lines.getItems().every((l) => l.action === 'cancel'));
    expect(cancellation?.state).toBe('accepted');
  });

  it('keeps the planning in step with the lines that last changed it', async () => {
    const bookings = await em.find(BookingEntity, {}, { populate: ['line', 'line.reservation'] });
    expect(bookings.length).toBeGreaterThan(20);
    const expected = {
      booked: ['book', 'accepted'],
      requested: ['book', 'requested'],
      cancel_requested: ['cancel', 'requested'],
    };
    for (const b of bookings) {
      const line = b.line.$;
      expect([line.action, line.state]).toEqual(expected[b.state]);
      expect([line.date, line.unit.id, line.reservation.$.child.id]).toEqual([b.date, b.unit.id, b.child.id]);
    }
    expect(new Set(bookings.map((b) => b.state))).toEqual(new Set(Object.keys(expected)));
  });

  it('never books a unit beyond its daily capacity', async () => {
    const overbooked = await em.execute(
      `select b.unit_id, b.date from booking b join unit u on u.id = b.unit_id
       where b.state in ('booked', 'cancel_requested')
       group by b.unit_id, b.date, u.daily_capacity having count(*) > u.daily_capacity`,
    );
    expect(overbooked).toEqual([]);
  });

  it('numbers invoices gaplessly per year, at the family tariff, and settles the paid one', async () => {
    const invoices = await em.find(InvoiceEntity, {}, { populate: ['lines'], orderBy: { issuedAt: 'asc' } });
    for (const invoice of invoices) {
      expect(invoice.number).toMatch(/^\d{4}-\d{5}$/);
      const lines = invoice.lines.getItems();
      expect(invoice.totalCents).toBe(lines.reduce((sum, l) => sum + l.amountCents, 0));
      for (const l of lines) expect(l.quantity).toBe(l.dates.length);
    }
    const sequences = await em.find(NumberSequenceEntity, { series: 'invoice' });
    const numbered = sequences.flatMap((s) =>
      Array.from({ length: s.lastNumber }, (_, i) => `${s.year}-${String(i + 1).padStart(5, '0')}`),
    );
    expect(invoices.map((i) => i.number).sort()).toEqual(numbered.sort());

    // QF 850: the 601–1000 bracket, e.g. 2,80 € for lunch.
    const lunch = invoices[0]?.lines.getItems().find((l) => l.label.startsWith('Restauration'));
    expect(lunch?.unitPriceCents).toBe(280);

    const unpaid = DEMO_INVOICE_MONTHS - DEMO_PAID_MONTHS;
    expect(invoices.map((i) => i.state)).toEqual([
      ...Array<string>(DEMO_PAID_MONTHS).fill('paid'),
      ...Array<string>(unpaid).fill('unpaid'),
    ]);
    expect(new Set(invoices.map((i) => i.number.slice(0, 4))).size).toBeGreaterThanOrEqual(2); // years of history
    const payments = await em.find(PaymentEntity, {}, { populate: ['allocations'], orderBy: { id: 'asc' } });
    const validated = payments.filter((p) => p.state === 'validated');
    expect(validated.map((p) => p.allocations.getItems().map((a) => [a.invoice.id, a.amountCents]))).toEqual(
      invoices.slice(0, DEMO_PAID_MONTHS).map((i) => [[i.id, i.totalCents]]),
    );
    expect(payments.filter((p) => p.state === 'refused')).toHaveLength(1);
  });

  it("leaves the Bernard family's past months of canteen to invoice", async () => {
    for (const offset of UNBILLED_MONTHS) {
      const month = addMonths(today.slice(0, 7), offset);
      const [draft, ...others] = await draftInvoices(em, month);
      expect(others).toEqual([]);
      expect(draft).toMatchObject({ guardianName: 'Sophie Bernard', quotientFamilial: 450 });
      expect(draft?.lines.map((l) => l.childName)).toEqual(['Noah Bernard']);
      expect(draft?.totalCents).toBeGreaterThan(0);
    }
  });
});
