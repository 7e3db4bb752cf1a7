import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerAs, paymentFixture, startPaymentServer } from '../../test/payments-fixture.ts';
import { InvoiceEntity } from '../billing/entities.ts';
import type { RunningServer } from '../server.ts';
import { PaymentAllocationEntity, PaymentEntity } from './entities.ts';
import { paymentLabel } from './start.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startPaymentServer();
});
afterAll(() => server?.stop());

const fixture = (totals: number[]) => paymentFixture(server.orm.em.fork(), totals);

/** The app code and the French message of a refused call. */
async function refusal(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return {
      code: (error.cause as { code?: string } | undefined)?.code ?? error.code,
      message: error.message,
    };
  }
  throw new Error('the call was not refused');
}

describe('payments.recap', () => {
  it('tells the invoices and what will be debited, without writing anything', async () => {
    const f = await fixture([4560, 1290]);
    const before = await server.orm.em.fork().count(PaymentEntity, {});
    const recap = await callerAs(server, f, 'guardian').payments.recap({
      invoiceIds: f.invoices.map((i) => i.id),
    });
    expect(recap.amountCents).toBe(5850);
    expect(recap.invoiceNumbers).toEqual(f.invoices.map((i) => i.number));
    expect(recap.invoices.map((i) => i.remainingCents)).toEqual([4560, 1290]);
    expect(await server.orm.em.fork().count(PaymentEntity, {})).toBe(before);
  });
});

describe('payments.start', () => {
  it('creates one payment for several invoices, for the amount the server computes, and sends the browser to the bank', async () => {
    const f = await fixture([4560, 1290]);
    const started = await callerAs(server, f, 'guardian').payments.start({
      invoiceIds: [f.invoices[1]?.id as number, f.invoices[0]?.id as number],
    });
    expect(started.amountCents).toBe(5850);
    expect(started.reference).toMatch(/^P\d{4}\d{7}$/);
    expect(started.invoiceNumbers).toEqual(f.invoices.map((i) => i.number));
    expect(started.redirectUrl).toMatch(
      new RegExp(`^${server.config.publicUrl}/banque/paiement\\?idop=[a-f0-9]{32}$`),
    );

    const em = server.orm.em.fork();
    const payment = await em.findOneOrFail(PaymentEntity, { id: started.paymentId });
    expect(payment).toMatchObject({ state: 'created', provider: 'sandbox', amountCents: 5850 });
    expect(payment.guardian?.id).toBe(f.guardian.id);
    expect(payment.providerOperationId).toMatch(/^[a-f0-9]{32}$/);
    const allocations = await em.find(
      PaymentAllocationEntity,
      { payment: payment.id },
      { orderBy: { id: 'asc' } },
    );
    expect(allocations.map((a) => [a.invoice.id, a.amountCents])).toEqual([
      [f.invoices[0]?.id, 4560],
      [f.invoices[1]?.id, 1290],
    ]);
    // Nothing is paid before the bank says so.
    const invoices = await em.find(InvoiceEntity, { id: { $in: f.invoices.map((i) => i.id) } });
    expect(invoices.map((i) => i.state)).toEqual(['unpaid', 'unpaid']);
  });

  it('lets one of two concurrent starts for the same invoice win; the other is told it is being paid', async () => {
    const f = await fixture([1000, 2000, 3000]);
    const [a, b, c] = f.invoices.map((i) => i.id) as [number, number, number];
    const results = await Promise.allSettled([
      callerAs(server, f, 'guardian').payments.start({ invoiceIds: [a, b] }),
      callerAs(server, f, 'guardian').payments.start({ invoiceIds: [b, c] }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected');
    const error = lost?.status === 'rejected' ? (lost.reason as TRPCError) : undefined;
    expect(error?.code).toBe('CONFLICT');
    expect(error?.message).toContain(`La facture n° ${f.invoices[1]?.number} est déjà en cours de paiement`);
    expect(await server.orm.em.fork().count(PaymentAllocationEntity, { invoice: b })).toBe(1);
  });

  it('refuses an empty selection, an unknown invoice and another family’s', async () => {
    const f = await fixture([1000]);
    const other = await fixture([2000]);
    const caller = callerAs(server, f, 'guardian');
    expect((await refusal(caller.payments.start({ invoiceIds: [] }))).code).toBe('BAD_REQUEST');
    expect((await refusal(caller.payments.start({ invoiceIds: [987654] }))).code).toBe('NOT_FOUND');
    expect(
      (await refusal(caller.payments.start({ invoiceIds: [other.invoices[0]?.id as number] }))).code,
    ).toBe('NOT_FOUND');
    expect(
      (
        await refusal(
          caller.payments.recap({
            invoiceIds: [f.invoices[0]?.id as number, other.invoices[0]?.id as number],
          }),
        )
      ).code,
    ).toBe('NOT_FOUND');
    expect(await server.orm.em.fork().count(PaymentEntity, { family: f.family.id })).toBe(0);
  });

  it('debits what the server computes, whatever amount the browser sends along', async () => {
    const f = await fixture([4560]);
    const tampered = { invoiceIds: [f.invoices[0]?.id as number], amountCents: 1, totalCents: 1 };
    const caller = callerAs(server, f, 'guardian');
    expect((await caller.payments.recap(tampered)).amountCents).toBe(4560);
    const started = await caller.payments.start(tampered);
    expect(started.amountCents).toBe(4560);
    const payment = await server.orm.em.fork().findOneOrFail(PaymentEntity, { id: started.paymentId });
    expect(payment.amountCents).toBe(4560);
  });

  it('refuses a paid or a cancelled invoice, saying which', async () => {
    const f = await fixture([1000, 2000]);
    const em = server.orm.em.fork();
    const [paid, cancelled] = await em.find(
      InvoiceEntity,
      { id: { $in: f.invoices.map((i) => i.id) } },
      { orderBy: { id: 'asc' } },
    );
    if (!paid || !cancelled) throw new Error('fixture');
    paid.state = 'paid';
    cancelled.state = 'cancelled';
    cancelled.cancelledAt = new Date();
    await em.flush();
    const caller = callerAs(server, f, 'guardian');
    expect(await refusal(caller.payments.start({ invoiceIds: [paid.id] }))).toEqual({
      code: 'CONFLICT',
      message: `La facture n° ${paid.number} est déjà payée.`,
    });
    expect(await refusal(caller.payments.start({ invoiceIds: [cancelled.id] }))).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining(`La facture n° ${cancelled.number} a été annulée`),
    });
  });
});

describe('payments.byReference', () => {
  it('returns the family’s own payment with its invoices, and NOT_FOUND for another family’s', async () => {
    const f = await fixture([1500]);
    const other = await fixture([1500]);
    const started = await callerAs(server, f, 'guardian').payments.start({
      invoiceIds: [f.invoices[0]?.id as number],
    });
    const payment = await callerAs(server, f, 'guardian').payments.byReference({
      reference: started.reference,
    });
    expect(payment).toMatchObject({
      reference: started.reference,
      state: 'created',
      amountCents: 1500,
      invoiceNumbers: [f.invoices[0]?.number],
    });
    expect(
      (
        await refusal(
          callerAs(server, other, 'guardian').payments.byReference({ reference: started.reference }),
        )
      ).code,
    ).toBe('NOT_FOUND');
  });
});

describe('payments.monitor', () => {
  it('lists payments for staff with the family, the invoices and the state, filtered', async () => {
    const f = await fixture([700]);
    const started = await callerAs(server, f, 'guardian').payments.start({
      invoiceIds: [f.invoices[0]?.id as number],
    });
    const staff = callerAs(server, f, 'staff');
    const today = new Date().toISOString().slice(0, 10);
    const rows = await staff.payments.monitor({ state: 'created', from: '2000-01-01', to: '2100-01-01' });
    const row = rows.find((r) => r.id === started.paymentId);
    expect(row).toMatchObject({
      reference: started.reference,
      state: 'created',
      provider: 'sandbox',
      amountCents: 700,
      family: { id: f.family.id, reference: f.family.reference },
      guardian: { id: f.guardian.id, email: f.guardian.email },
      invoices: [{ id: f.invoices[0]?.id, number: f.invoices[0]?.number, amountCents: 700 }],
    });
    expect(
      (await staff.payments.monitor({ state: 'validated' })).some((r) => r.id === started.paymentId),
    ).toBe(false);
    expect((await staff.payments.monitor({ from: '2000-01-01', to: '2000-01-02' })).length).toBe(0);
    expect((await staff.payments.monitor({ from: today })).some((r) => r.id === started.paymentId)).toBe(
      true,
    );
  });
});

describe('paymentLabel (PayFiP objet)', () => {
  it('writes the invoice numbers in ASCII letters, digits and spaces', () => {
    expect(paymentLabel(['2026-00012', '2026-00013'])).toBe('Portail Famille factures 2026 00012 2026 00013');
    expect(paymentLabel(['2026-00012'])).toBe('Portail Famille facture 2026 00012');
  });

  it('stays within 100 characters, counting the invoices it cannot list', () => {
    const numbers = Array.from({ length: 20 }, (_, i) => `2026-${String(i + 1).padStart(5, '0')}`);
    const label = paymentLabel(numbers);
    expect(label.length).toBeLessThanOrEqual(100);
    expect(label).toMatch(/^[A-Za-z0-9 ]+$/);
    expect(label).toMatch(/ et \d+ autres$/);
  });
});
