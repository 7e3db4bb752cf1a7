import { addMonths } from '@portail/shared/billing/months';
import { addDays, parisDate } from '@portail/shared/bookings/calendar';
import { TRPCError } from '@trpc/server';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../test/server.ts';
import { AuditEventEntity } from '../audit/entities.ts';
import type { Principal } from '../auth/principal.ts';
import { DEMO_INVOICE_MONTHS } from '../demo/billing.ts';
import { LiveEventEntity } from '../live/entities.ts';
import { MailMessageEntity } from '../mail/entities.ts';
import { PaymentAllocationEntity, PaymentEntity } from '../payments/entities.ts';
import { appRouter } from '../router.ts';
import type { RunningServer } from '../server.ts';
import { createCallerFactory } from '../trpc/trpc.ts';
import { InvoiceEntity } from './entities.ts';
import { issueMonth, PAYMENT_TERM_DAYS } from './invoicing.ts';
import { billingFixture, schoolDaysOf } from './test-fixture.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const thisMonth = parisDate(new Date()).slice(0, 7);
/** Each test bills a month of its own, further back than the demo's invoices. */
const monthsAgo = (n: number) => addMonths(thisMonth, -(DEMO_INVOICE_MONTHS + n));

function caller(principal: Principal) {
  return createCallerFactory(appRouter)({
    ...server,
    log: pino({ level: 'silent' }),
    principal,
    tokenRejected: false,
    ip: '192.0.2.1',
    userAgent: 'billing-test',
    http: undefined,
    socket: undefined,
  });
}
const asAdmin = (staffId: number) =>
  caller({ kind: 'staff', staffId, role: 'admin', sessionId: crypto.randomUUID() });
const asAgent = (staffId: number) =>
  caller({ kind: 'staff', staffId, role: 'agent', sessionId: crypto.randomUUID() });

async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

const serial = (number: string) => Number(number.slice(5));

/** The audit rows about an invoice, oldest first. */
const auditsOf = (invoiceId: number) =>
  server.orm.em
    .fork()
    .find(AuditEventEntity, { subjectKind: 'invoice', subjectId: invoiceId }, { orderBy: { id: 'asc' } });

describe('monthly invoicing', () => {
  it('previews per family at its QF, from the days that hold a place, then issues, mails and publishes', async () => {
    const month = monthsAgo(6);
    const days = schoolDaysOf(month);
    const f = await billingFixture(server.orm.em.fork(), month);
    const low = await f.family({ qf: 450, children: 2, guardians: 2 });
    const unknown = await f.family({ qf: null });
    const nothing = await f.family({ qf: 700 });
    const [lea, hugo] = low.children as [
      NonNullable<(typeof low.children)[0]>,
      NonNullable<(typeof low.children)[1]>,
    ];
    await f.book(lea, f.matin, [days[3], days[0], days[1]] as string[]);
    await f.book(lea, f.repas, [days[0]] as string[]);
    await f.book(hugo, f.repas, [days[2]] as string[], 'cancel_requested');
    await f.book(hugo, f.matin, [days[4]] as string[], 'requested'); // waits for staff: not billed
    await f.book(unknown.children[0] as never, f.matin, [days[0], days[1]] as string[]);
    await f.book(nothing.children[0] as never, f.matin, [days[5]] as string[], 'requested');

    const admin = asAdmin(f.admin.id);
    const preview = await admin.invoicing.preview({ month });
    expect(preview.canIssue).toBe(true);
    expect(preview.alreadyInvoiced).toEqual([]);
    const lowDraft = preview.toIssue.find((d) => d.familyId === low.family.id);
    expect(lowDraft).toEqual({
      familyId: low.family.id,
      reference: low.family.reference,
      guardianName: 'Camille Durand',
      quotientFamilial: 450,
      totalCents: 3 * 100 + 400 + 400,
      lines: [
        expect.objectContaining({
          childName: 'Léa Durand',
          unitName: `Accueil matin – ${f.facility.name}`,
          dates: [days[0], days[1], days[3]],
          quantity: 3,
          unitPriceCents: 100,
          amountCents: 300,
        }),
        expect.objectContaining({ childName: 'Léa Durand', dates: [days[0]], unitPriceCents: 400 }),
        expect.objectContaining({ childName: 'Hugo Durand', dates: [days[2]], unitPriceCents: 400 }),
      ],
    });
    // No QF known: the unit's full price. Only a request: nothing to bill, no invoice.
    expect(preview.toIssue.find((d) => d.familyId === unknown.family.id)?.totalCents).toBe(500);
    expect(preview.toIssue.some((d) => d.familyId === nothing.family.id)).toBe(false);
    expect(preview.toIssue).toHaveLength(2);

    const now = new Date();
    const outcome = await admin.invoicing.issue({ month });
    expect(outcome.issued).toHaveLength(2);
    expect(outcome.skippedAlreadyInvoiced).toBe(0);
    const [a, b] = outcome.issued.map((i) => i.number).sort();
    expect(a).toMatch(new RegExp(`^${parisDate(now).slice(0, 4)}-\\d{5}$`));
    expect(serial(b as string)).toBe(serial(a as string) + 1);

    const em = server.orm.em.fork();
    const invoice = await em.findOneOrFail(
      InvoiceEntity,
      { family: low.family.id, month },
      { populate: ['lines'] },
    );
    expect(invoice).toMatchObject({
      state: 'unpaid',
      totalCents: 1100,
      dueDate: addDays(parisDate(now), PAYMENT_TERM_DAYS),
    });
    expect(
      invoice.lines
        .getItems()
        .map((l) => l.amountCents)
        .sort(),
    ).toEqual([300, 400, 400]);

    const events = await em.find(LiveEventEntity, { type: 'invoice.issued', familyId: low.family.id });
    expect(events).toEqual([
      expect.objectContaining({
        forStaff: true,
        payload: { type: 'invoice.issued', invoiceId: invoice.id, number: invoice.number },
      }),
    ]);
    expect(await auditsOf(invoice.id)).toEqual([
      expect.objectContaining({
        action: 'invoice_issued',
        actorKind: 'staff',
        actorId: f.admin.id,
        detail: { number: invoice.number, familyId: low.family.id, month, totalCents: 1100, replaces: null },
      }),
    ]);
    for (const guardian of low.guardians) {
      const [mail] = await em.find(MailMessageEntity, { to: guardian.email, kind: 'invoice_issued' });
      expect(mail?.subject).toBe(`Votre facture n° ${invoice.number} est disponible`);
      expect(mail?.text).toContain('11,00\u00a0€');
      expect(mail?.text).toContain(`${server.config.publicUrl}/factures`);
    }

    // Run again: everybody is invoiced, listed apart, nothing issued twice.
    expect(await admin.invoicing.issue({ month })).toEqual({ month, issued: [], skippedAlreadyInvoiced: 2 });
    const again = await admin.invoicing.preview({ month });
    expect(again.toIssue).toEqual([]);
    expect(again.alreadyInvoiced.map((i) => i.number).sort()).toEqual([a, b]);
    expect(again.alreadyInvoiced.find((i) => i.familyId === low.family.id)).toMatchObject({
      totalCents: 1100,
      recomputedTotalCents: 1100,
      guardianName: 'Camille Durand',
    });
  });

  it('lets two concurrent runs invoice each family once, with contiguous numbers', async () => {
    const month = monthsAgo(7);
    const days = schoolDaysOf(month);
    const f = await billingFixture(server.orm.em.fork(), month);
    const families = [];
    for (let i = 0; i < 8; i++) {
      const fam = await f.family({ qf: 300 * i });
      await f.book(fam.children[0] as never, f.repas, days.slice(0, i + 1));
      families.push(fam);
    }
    const em = server.orm.em.fork();
    const before = await em.find(InvoiceEntity, {}, { orderBy: { number: 'desc' }, limit: 1 });
    const now = new Date();
    const runs = await Promise.all([
      issueMonth(server.orm.em.fork(), server, f.admin.id, month, now),
      issueMonth(server.orm.em.fork(), server, f.admin.id, month, now),
    ]);
    const issued = runs.flatMap((r) => r.issued);
    expect(issued).toHaveLength(8);
    expect(runs.map((r) => r.issued.length).sort()).toEqual([0, 8]);
    expect(new Set(issued.map((i) => i.familyId)).size).toBe(8);
    const numbers = issued.map((i) => serial(i.number)).sort((x, y) => x - y);
    const first = before[0] ? serial(before[0].number) + 1 : 1;
    expect(numbers).toEqual(Array.from({ length: 8 }, (_, i) => first + i));
    expect(await em.count(InvoiceEntity, { month })).toBe(8);
  });

  it('does not bill a justified absence, bills an unjustified one, and says when the month is invoiced', async () => {
    const month = monthsAgo(8);
    const days = schoolDaysOf(month) as [string, string, string, ...string[]];
    const f = await billingFixture(server.orm.em.fork(), month);
    const fam = await f.family({ qf: 1000 });
    const child = fam.children[0] as NonNullable<(typeof fam.children)[0]>;
    await f.book(child, f.matin, [days[0], days[1], days[2]]);
    const agent = asAgent(f.admin.id);
    const admin = asAdmin(f.admin.id);
    const total = async () =>
      (await admin.invoicing.preview({ month })).toIssue.find((d) => d.familyId === fam.family.id)
        ?.totalCents;
    expect(await total()).toBe(450);

    const cell = { childId: child.id, unitId: f.matin.id };
    const marked = await agent.absences.set({
      ...cell,
      date: days[0],
      absence: 'justified',
      note: 'Certificat',
    });
    expect(marked).toMatchObject({ absence: 'justified', note: 'Certificat', invoice: null });
    await agent.absences.set({ ...cell, date: days[1], absence: 'unjustified' });
    expect(await total()).toBe(300);
    expect(await agent.absences.list({ month, childId: child.id })).toEqual([
      expect.objectContaining({ date: days[0], absence: 'justified', note: 'Certificat' }),
      expect.objectContaining({ date: days[1], absence: 'unjustified', note: null }),
    ]);

    await agent.absences.set({ ...cell, date: days[0], absence: null });
    expect(await total()).toBe(450);
    await agent.absences.set({ ...cell, date: days[0], absence: 'justified' });
    await agent.absences.set({ ...cell, date: days[1], absence: 'justified' });
    await agent.absences.set({ ...cell, date: days[2], absence: 'justified' });
    // Every day excused: nothing to bill, no invoice.
    expect(await total()).toBeUndefined();
    expect((await admin.invoicing.issue({ month })).issued).toEqual([]);

    await agent.absences.set({ ...cell, date: days[2], absence: null });
    const [issued] = (await admin.invoicing.issue({ month })).issued;
    expect(issued?.totalCents).toBe(150);
    const late = await agent.absences.set({ ...cell, date: days[2], absence: 'justified' });
    expect(late.invoice).toEqual({ invoiceId: issued?.invoiceId, number: issued?.number });

    expect(
      await rejection(agent.absences.set({ ...cell, date: days[3] as string, absence: 'justified' })),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses to issue a month that is not over', async () => {
    const f = await billingFixture(server.orm.em.fork(), thisMonth);
    const admin = asAdmin(f.admin.id);
    expect((await admin.invoicing.preview({ month: thisMonth })).canIssue).toBe(false);
    expect(await rejection(admin.invoicing.issue({ month: thisMonth }))).toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect(await rejection(admin.invoicing.issue({ month: '2026-13' }))).toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});

describe('cancelling and reissuing', () => {
  it('cancels with a reason, reissues from the planning with a new number, and never twice', async () => {
    const month = monthsAgo(9);
    const days = schoolDaysOf(month) as [string, string, string, ...string[]];
    const f = await billingFixture(server.orm.em.fork(), month);
    const fam = await f.family({ qf: 100 });
    const child = fam.children[0] as NonNullable<(typeof fam.children)[0]>;
    await f.book(child, f.repas, [days[0], days[1], days[2]]);
    const admin = asAdmin(f.admin.id);
    const [first] = (await admin.invoicing.issue({ month })).issued;
    if (!first) throw new Error('no invoice');
    expect(first.totalCents).toBe(1200);

    expect(await rejection(admin.invoicing.reissue({ invoiceId: first.invoiceId }))).toMatchObject({
      code: 'CONFLICT',
    });
    expect(await rejection(admin.invoicing.cancel({ invoiceId: 987654, reason: 'Erreur' }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await rejection(admin.invoicing.reissue({ invoiceId: 987654 }))).toMatchObject({
      code: 'NOT_FOUND',
    });

    // A day was excused after the invoice was issued: cancel, then reissue from the planning.
    await asAgent(f.admin.id).absences.set({
      childId: child.id,
      unitId: f.repas.id,
      date: days[1],
      absence: 'justified',
    });
    const cancelled = await admin.invoicing.cancel({
      invoiceId: first.invoiceId,
      reason: 'Absence justifiée',
    });
    expect(cancelled).toEqual({ invoiceId: first.invoiceId, number: first.number, state: 'cancelled' });
    expect(
      await rejection(admin.invoicing.cancel({ invoiceId: first.invoiceId, reason: 'Encore' })),
    ).toMatchObject({ code: 'CONFLICT' });

    const { issued, replaced } = await admin.invoicing.reissue({ invoiceId: first.invoiceId });
    expect(replaced).toEqual({ invoiceId: first.invoiceId, number: first.number });
    expect(issued?.totalCents).toBe(800);
    expect(issued?.number).not.toBe(first.number);
    const em = server.orm.em.fork();
    const replacement = await em.findOneOrFail(InvoiceEntity, { id: issued?.invoiceId });
    expect(replacement.replacesInvoice?.id).toBe(first.invoiceId);
    const old = await em.findOneOrFail(InvoiceEntity, { id: first.invoiceId });
    expect(old).toMatchObject({ state: 'cancelled', cancelledReason: 'Absence justifiée' });
    expect(old.cancelledBy?.id).toBe(f.admin.id);
    const events = await em.find(LiveEventEntity, { familyId: fam.family.id }, { orderBy: { id: 'asc' } });
    expect(events.map((e) => e.payload)).toEqual([
      { type: 'invoice.issued', invoiceId: first.invoiceId, number: first.number },
      { type: 'invoice.cancelled', invoiceId: first.invoiceId, number: first.number },
      { type: 'invoice.issued', invoiceId: issued?.invoiceId, number: issued?.number },
    ]);
    const [mail] = await em.find(MailMessageEntity, {
      to: fam.guardians[0]?.email,
      subject: { $like: `%${issued?.number}%` },
    });
    expect(mail?.text).toContain(`remplace la facture n° ${first.number}`);
    const trail = (await auditsOf(first.invoiceId)).map((a) => [a.action, a.actorId, a.detail?.reason]);
    expect(trail).toEqual([
      ['invoice_issued', f.admin.id, undefined],
      ['invoice_cancelled', f.admin.id, 'Absence justifiée'],
    ]);
    expect(await auditsOf(replacement.id)).toEqual([
      expect.objectContaining({
        action: 'invoice_issued',
        actorId: f.admin.id,
        detail: expect.objectContaining({ number: issued?.number, totalCents: 800, replaces: first.number }),
      }),
    ]);

    expect(await rejection(admin.invoicing.reissue({ invoiceId: first.invoiceId }))).toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('refuses to cancel an invoice a validated payment paid: the accountant refunds it first', async () => {
    const month = monthsAgo(10);
    const f = await billingFixture(server.orm.em.fork(), month);
    const fam = await f.family({ qf: 100 });
    await f.book(fam.children[0] as never, f.repas, schoolDaysOf(month).slice(0, 2));
    const admin = asAdmin(f.admin.id);
    const [invoice] = (await admin.invoicing.issue({ month })).issued;
    if (!invoice) throw new Error('no invoice');

    const em = server.orm.em.fork();
    const pay = (state: 'pending' | 'validated' | 'refused', reference: string) => {
      const payment = em.create(PaymentEntity, {
        reference,
        family: fam.family,
        provider: 'desk',
        method: 'cheque',
        amountCents: 300,
        state,
        settledAt: state === 'pending' ? null : new Date(),
      });
      em.create(PaymentAllocationEntity, { payment, invoice: invoice.invoiceId, amountCents: 300 });
      return payment;
    };
    pay('refused', `T${crypto.randomUUID().slice(0, 8)}`);
    const pending = pay('pending', `T${crypto.randomUUID().slice(0, 8)}`);
    await em.flush();
    expect(
      await rejection(admin.invoicing.cancel({ invoiceId: invoice.invoiceId, reason: 'Erreur' })),
    ).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('en attente de validation par la banque'),
    });
    pending.state = 'validated';
    pending.settledAt = new Date();
    await em.flush();
    expect(
      await rejection(admin.invoicing.cancel({ invoiceId: invoice.invoiceId, reason: 'Erreur' })),
    ).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining("le comptable public doit d'abord le rembourser"),
    });
    expect((await em.fork().findOneOrFail(InvoiceEntity, { id: invoice.invoiceId })).state).toBe('unpaid');
    // Refused, so not audited: the row goes with the change or not at all.
    expect((await auditsOf(invoice.invoiceId)).map((a) => a.action)).toEqual(['invoice_issued']);
  });
});
