import { addMonths } from '@portail/shared/billing/months';
import { addDays, parisDate } from '@portail/shared/bookings/calendar';
import { TRPCError } from '@trpc/server';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../test/server.ts';
import type { Principal } from '../auth/principal.ts';
import { DEMO_INVOICE_MONTHS } from '../demo/billing.ts';
import { PaymentAllocationEntity, PaymentEntity } from '../payments/entities.ts';
import { appRouter } from '../router.ts';
import type { RunningServer } from '../server.ts';
import { createCallerFactory } from '../trpc/trpc.ts';
import { issueMonth } from './invoicing.ts';
import { billingFixture, schoolDaysOf } from './test-fixture.ts';

const DAY = 86_400_000;
const thisMonth = parisDate(new Date()).slice(0, 7);
// Further back than the demo's invoices, so that the exports hold only this file's.
const older = addMonths(thisMonth, -(DEMO_INVOICE_MONTHS + 5));
const newer = addMonths(thisMonth, -(DEMO_INVOICE_MONTHS + 4));

let server: RunningServer;
let ours: Principal & { kind: 'guardian' };
let theirs: Principal & { kind: 'guardian' };
let staff: Principal;
let invoices: { old: { id: number; number: string }; recent: { id: number; number: string } };
let payments: { validated: string; pending: string };

beforeAll(async () => {
  server = await startTestServer();
  const em = server.orm.em.fork();
  const f = await billingFixture(em, older);
  const fam = await f.family({ qf: 1000, children: 1 });
  const other = await f.family({ qf: 1000 });
  const child = fam.children[0] as NonNullable<(typeof fam.children)[0]>;
  await f.book(child, f.matin, schoolDaysOf(older).slice(0, 4)); // 4 × 1,50 €
  await f.book(child, f.repas, schoolDaysOf(newer).slice(0, 2)); // 2 × 4,00 €
  await f.book(other.children[0] as never, f.repas, schoolDaysOf(older).slice(0, 1));

  // The older month was invoiced 60 days ago: its due date has passed.
  const [old] = (
    await issueMonth(em.fork(), server, f.admin.id, older, new Date(Date.now() - 60 * DAY))
  ).issued.filter((i) => i.familyId === fam.family.id);
  const [recent] = (await issueMonth(em.fork(), server, f.admin.id, newer, new Date())).issued;
  if (!old || !recent) throw new Error('invoices not issued');
  invoices = {
    old: { id: old.invoiceId, number: old.number },
    recent: { id: recent.invoiceId, number: recent.number },
  };

  const pay = (state: 'validated' | 'pending', invoiceId: number, amountCents: number, createdAt: Date) => {
    const payment = em.create(PaymentEntity, {
      reference: `P${crypto.randomUUID().replaceAll('-', '').slice(0, 12)}`,
      family: fam.family,
      guardian: fam.guardians[0],
      provider: 'payfip',
      method: state === 'validated' ? 'card' : null,
      amountCents,
      state,
      createdAt,
      settledAt: state === 'validated' ? createdAt : null,
    });
    em.create(PaymentAllocationEntity, { payment, invoice: invoiceId, amountCents });
    return payment.reference;
  };
  payments = {
    validated: pay('validated', recent.invoiceId, 800, new Date(Date.now() - 2 * 3_600_000)),
    pending: pay('pending', old.invoiceId, 600, new Date(Date.now() - 3_600_000)),
  };
  await em.flush();

  const sessionId = crypto.randomUUID();
  ours = { kind: 'guardian', guardianId: fam.guardians[0]?.id as number, familyId: fam.family.id, sessionId };
  theirs = {
    kind: 'guardian',
    guardianId: other.guardians[0]?.id as number,
    familyId: other.family.id,
    sessionId,
  };
  staff = { kind: 'staff', staffId: f.admin.id, role: 'agent', sessionId };
});
afterAll(() => server?.stop());

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

describe('« Mes Factures & Paiements »', () => {
  it('lists the family’s invoices newest first, with paid amounts and « en retard » computed', async () => {
    const list = await caller(ours).billing.invoices();
    expect(list.map((i) => i.number)).toEqual([invoices.recent.number, invoices.old.number]);
    const [recent, old] = list;
    expect(recent).toMatchObject({
      month: newer,
      totalCents: 800,
      paidCents: 800,
      remainingCents: 0,
      state: 'unpaid', // the payments side marks it paid; the validated amount already shows it
      displayState: 'paid',
      pdfUrl: `/files/invoices/${invoices.recent.id}.pdf`,
    });
    expect(old).toMatchObject({
      month: older,
      totalCents: 600,
      paidCents: 0, // a pending payment pays nothing yet
      remainingCents: 600,
      displayState: 'overdue',
      dueDate: addDays(parisDate(new Date(Date.now() - 60 * DAY)), 30),
      lines: [expect.objectContaining({ quantity: 4, unitPriceCents: 150, amountCents: 600 })],
    });
    expect(old?.lines[0]?.dates).toEqual(schoolDaysOf(older).slice(0, 4));
  });

  it('shows one invoice with its payments, and another family’s invoice as not found', async () => {
    const detail = await caller(ours).billing.invoice({ invoiceId: invoices.old.id });
    expect(detail.payments).toEqual([
      expect.objectContaining({ reference: payments.pending, state: 'pending', amountCents: 600 }),
    ]);
    const refusal = async (invoiceId: number) => {
      try {
        await caller(theirs).billing.invoice({ invoiceId });
      } catch (error) {
        if (error instanceof TRPCError) return [error.code, error.message];
      }
      return undefined;
    };
    const foreign = await refusal(invoices.old.id);
    expect(foreign?.[0]).toBe('NOT_FOUND');
    expect(await refusal(987_654)).toEqual(foreign);
    expect((await caller(theirs).billing.invoices()).map((i) => i.number)).not.toContain(invoices.old.number);
  });

  it('lists the family’s payments with the invoices each covers', async () => {
    const list = await caller(ours).billing.payments();
    expect(list).toEqual([
      expect.objectContaining({
        reference: payments.pending,
        state: 'pending',
        amountCents: 600,
        invoices: [{ invoiceId: invoices.old.id, number: invoices.old.number, amountCents: 600 }],
      }),
      expect.objectContaining({
        reference: payments.validated,
        state: 'validated',
        method: 'card',
        invoices: [{ invoiceId: invoices.recent.id, number: invoices.recent.number, amountCents: 800 }],
      }),
    ]);
    expect(await caller(theirs).billing.payments()).toEqual([]);
  });
});

const token = async (principal: Principal) => (await server.tokens.sign(principal)).token;
const get = async (path: string, principal?: Principal | string) => {
  const bearer = typeof principal === 'string' ? principal : principal && (await token(principal));
  return fetch(`${server.url}${path}`, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
};

describe('the invoice PDF', () => {
  it('is given to the family’s guardians and to staff', async () => {
    for (const who of [ours, staff]) {
      const res = await get(`/files/invoices/${invoices.old.id}.pdf`, who);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toContain(`facture-${invoices.old.number}.pdf`);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
  });

  it('is not found for another family, exactly as an unknown invoice, and needs a token', async () => {
    const foreign = await get(`/files/invoices/${invoices.old.id}.pdf`, theirs);
    const unknown = await get('/files/invoices/987654.pdf', theirs);
    expect([foreign.status, unknown.status]).toEqual([404, 404]);
    expect(await foreign.text()).toBe(await unknown.text());
    expect((await get(`/files/invoices/abc.pdf`, ours)).status).toBe(404);
    expect((await get(`/files/invoices/${invoices.old.id}.pdf`)).status).toBe(401);
    expect((await get(`/files/invoices/${invoices.old.id}.pdf`, 'not-a-token')).status).toBe(401);
  });
});

describe('exports for the public accountant', () => {
  const csvText = async (res: Response) => {
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    return bytes.subarray(3).toString('utf8');
  };

  it('exports the invoices of the billed months, staff only', async () => {
    const path = `/files/exports/factures.csv?from=${older}&to=${newer}`;
    expect((await get(path)).status).toBe(401);
    expect((await get(path, ours)).status).toBe(403);
    expect((await get(`/files/exports/factures.csv?from=${newer}&to=${older}`, staff)).status).toBe(400);
    const res = await get(path, staff);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const lines = (await csvText(res)).trim().split('\n');
    expect(lines[0]).toBe(
      "Numéro;Mois facturé;Date d'émission;Date d'échéance;Référence famille;Responsable;Montant;Payé;Reste à payer;État;Remplace la facture;Date d'annulation;Motif d'annulation",
    );
    expect(lines).toHaveLength(4); // two invoices for our family, one for the other
    const old = lines.find((l) => l.startsWith(invoices.old.number));
    expect(old?.split(';').slice(6, 10)).toEqual(['6,00', '0,00', '6,00', 'En retard']);
    const recent = lines.find((l) => l.startsWith(invoices.recent.number));
    expect(recent?.split(';').slice(6, 10)).toEqual(['8,00', '8,00', '0,00', 'Payée']);
  });

  it('exports the payments of a date range with the invoices they cover', async () => {
    const today = parisDate(new Date());
    const path = `/files/exports/paiements.csv?from=${addDays(today, -1)}&to=${today}`;
    expect((await get(path, ours)).status).toBe(403);
    expect((await get('/files/exports/paiements.csv?from=2026-01', staff)).status).toBe(400);
    const lines = (await csvText(await get(path, staff))).trim().split('\n');
    expect(lines[0]).toBe('Référence;Date;Référence famille;Montant;État;Mode de règlement;Canal;Factures');
    const validated = lines.find((l) => l.startsWith(payments.validated))?.split(';');
    expect(validated?.slice(3)).toEqual([
      '8,00',
      'Validé',
      'Carte bancaire',
      'PayFiP (paiement en ligne)',
      invoices.recent.number,
    ]);
    expect(lines.some((l) => l.startsWith(payments.pending))).toBe(true);
  });
});
