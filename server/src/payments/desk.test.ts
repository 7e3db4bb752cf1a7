import { addDays, parisDate } from '@portail/shared/bookings/calendar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerAs, paymentEvents, paymentFixture, startPaymentServer } from '../../test/payments-fixture.ts';
import { AuditEventEntity } from '../audit/entities.ts';
import { InvoiceEntity } from '../billing/entities.ts';
import type { RunningServer } from '../server.ts';
import { PaymentAllocationEntity } from './entities.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startPaymentServer();
});
afterAll(() => server?.stop());

const today = () => parisDate(new Date());

async function invoiceStates(ids: number[]) {
  const invoices = await server.orm.em
    .fork()
    .find(InvoiceEntity, { id: { $in: ids } }, { orderBy: { id: 'asc' } });
  return invoices.map((i) => i.state);
}

describe('payments.recordDesk', () => {
  it('records a partial payment at the desk, validated at once, filling the invoices in number order', async () => {
    const f = await paymentFixture(server.orm.em.fork(), [1000, 2000]);
    const ids = f.invoices.map((i) => i.id);
    const staff = callerAs(server, f, 'staff');
    const row = await staff.payments.recordDesk({
      familyId: f.family.id,
      invoiceIds: ids,
      method: 'cheque',
      amountCents: 1500,
      receivedOn: today(),
      note: 'Chèque n° 1234567',
    });
    expect(row).toMatchObject({
      state: 'validated',
      provider: 'desk',
      method: 'cheque',
      amountCents: 1500,
      receivedOn: today(),
      note: 'Chèque n° 1234567',
      recordedBy: { id: f.staff.id },
      guardian: null,
      invoices: [
        { id: ids[0], amountCents: 1000, state: 'paid' },
        { id: ids[1], amountCents: 500, state: 'partially_paid' },
      ],
    });
    expect(row.settledAt).not.toBeNull();
    expect(await invoiceStates(ids)).toEqual(['paid', 'partially_paid']);
    expect(await paymentEvents(server.orm.em.fork(), row.id)).toEqual(['validated']);

    // The parent pays the rest online: only what is left is asked.
    const recap = await callerAs(server, f, 'guardian').payments.recap({ invoiceIds: [ids[1] as number] });
    expect(recap.amountCents).toBe(1500);
    await expect(
      callerAs(server, f, 'guardian').payments.recap({ invoiceIds: [ids[0] as number] }),
    ).rejects.toThrow(/déjà payée/);

    const rest = await staff.payments.recordDesk({
      familyId: f.family.id,
      invoiceIds: [ids[1] as number],
      method: 'cash',
      amountCents: 1500,
      receivedOn: today(),
    });
    expect(rest.invoices).toEqual([expect.objectContaining({ amountCents: 1500, state: 'paid' })]);
    expect(await invoiceStates(ids)).toEqual(['paid', 'paid']);

    // Written with the payment, by the agent who took it.
    const audits = await server.orm.em
      .fork()
      .find(
        AuditEventEntity,
        { action: 'desk_payment_recorded', actorId: f.staff.id },
        { orderBy: { id: 'asc' } },
      );
    expect(audits).toEqual([
      expect.objectContaining({
        actorKind: 'staff',
        subjectKind: 'payment',
        subjectId: row.id,
        detail: {
          reference: row.reference,
          familyId: f.family.id,
          method: 'cheque',
          amountCents: 1500,
          receivedOn: today(),
          invoices: [
            { number: f.invoices[0]?.number, amountCents: 1000 },
            { number: f.invoices[1]?.number, amountCents: 500 },
          ],
        },
      }),
      expect.objectContaining({ subjectId: rest.id, detail: expect.objectContaining({ method: 'cash' }) }),
    ]);
  });

  it('lists a family’s invoices for any agent, those to pay first, and says which are paid', async () => {
    const f = await paymentFixture(server.orm.em.fork(), [1000, 2000, 3000]);
    const [a, b, c] = f.invoices.map((i) => i.id) as [number, number, number];
    const staff = callerAs(server, f, 'staff');
    await staff.payments.recordDesk({
      familyId: f.family.id,
      invoiceIds: [b],
      method: 'cash',
      amountCents: 2000,
      receivedOn: today(),
    });
    await staff.payments.recordDesk({
      familyId: f.family.id,
      invoiceIds: [c],
      method: 'cash',
      amountCents: 1000,
      receivedOn: today(),
    });
    const listed = await staff.payments.familyInvoices({ familyId: f.family.id });
    expect(listed).toMatchObject({
      familyId: f.family.id,
      reference: f.family.reference,
      guardianName: 'Camille Payeur',
    });
    expect(listed.invoices.map((i) => [i.invoiceId, i.state, i.remainingCents])).toEqual([
      [a, 'unpaid', 1000],
      [c, 'partially_paid', 2000],
      [b, 'paid', 0],
    ]);
    expect(listed.invoices[0]).toMatchObject({
      number: f.invoices[0]?.number,
      totalCents: 1000,
      paidCents: 0,
    });
    await expect(staff.payments.familyInvoices({ familyId: 987654 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      callerAs(server, f, 'guardian').payments.familyInvoices({ familyId: f.family.id }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses more than what is left, a future date, another family’s invoice, and an invoice being paid online', async () => {
    const f = await paymentFixture(server.orm.em.fork(), [1000, 2000]);
    const other = await paymentFixture(server.orm.em.fork(), [500]);
    const [a, b] = f.invoices.map((i) => i.id) as [number, number];
    const staff = callerAs(server, f, 'staff');
    const desk = { familyId: f.family.id, method: 'cesu' as const, receivedOn: today() };
    await expect(staff.payments.recordDesk({ ...desk, invoiceIds: [a], amountCents: 1001 })).rejects.toThrow(
      /Le montant dépasse ce qui reste à payer sur ces factures \(10,00/,
    );
    await expect(
      staff.payments.recordDesk({
        ...desk,
        invoiceIds: [a],
        amountCents: 100,
        receivedOn: addDays(today(), 1),
      }),
    ).rejects.toThrow(/futur/);
    await expect(
      staff.payments.recordDesk({ ...desk, invoiceIds: [other.invoices[0]?.id as number], amountCents: 100 }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      staff.payments.recordDesk({ ...desk, familyId: 987654, invoiceIds: [a], amountCents: 100 }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });

    await callerAs(server, f, 'guardian').payments.start({ invoiceIds: [b] });
    await expect(
      staff.payments.recordDesk({ ...desk, invoiceIds: [b], amountCents: 100 }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('est déjà en cours de paiement'),
    });
    expect(await server.orm.em.fork().count(PaymentAllocationEntity, { invoice: a })).toBe(0);
    expect(
      await server.orm.em
        .fork()
        .count(AuditEventEntity, { action: 'desk_payment_recorded', actorId: f.staff.id }),
    ).toBe(0);
  });

  it('refuses an empty selection, a paid invoice and a cancelled one, changing nothing', async () => {
    const f = await paymentFixture(server.orm.em.fork(), [1000, 2000]);
    const [paid, cancelled] = f.invoices as [InvoiceEntity, InvoiceEntity];
    const em = server.orm.em.fork();
    await em.nativeUpdate(InvoiceEntity, { id: paid.id }, { state: 'paid' });
    await em.nativeUpdate(
      InvoiceEntity,
      { id: cancelled.id },
      { state: 'cancelled', cancelledAt: new Date() },
    );
    const staff = callerAs(server, f, 'staff');
    const desk = { familyId: f.family.id, method: 'cheque' as const, receivedOn: today(), amountCents: 100 };
    await expect(staff.payments.recordDesk({ ...desk, invoiceIds: [] })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('Choisissez au moins une facture'),
    });
    await expect(staff.payments.recordDesk({ ...desk, invoiceIds: [987654] })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(staff.payments.recordDesk({ ...desk, invoiceIds: [paid.id] })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('est déjà payée'),
    });
    await expect(staff.payments.recordDesk({ ...desk, invoiceIds: [cancelled.id] })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('a été annulée'),
    });
    expect(
      await em.fork().count(PaymentAllocationEntity, { invoice: { $in: [paid.id, cancelled.id] } }),
    ).toBe(0);
  });
});
