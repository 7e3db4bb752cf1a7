import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeAnswer, type PayfipFake, startPayfipFake } from '../../test/payfip-fake.ts';
import {
  callerAs,
  mailsTo,
  type PaymentFixture,
  paymentEvents,
  paymentFixture,
  startPaymentServer,
} from '../../test/payments-fixture.ts';
import { InvoiceEntity } from '../billing/entities.ts';
import type { RunningServer } from '../server.ts';
import { applyResult } from './apply.ts';
import { paymentDeps } from './deps.ts';
import { PaymentEntity } from './entities.ts';
import { reconcilePayments } from './reconcile.ts';

let fake: PayfipFake;
let server: RunningServer;
beforeAll(async () => {
  fake = await startPayfipFake();
  server = await startPaymentServer({
    PAYMENT_PROVIDER: 'payfip',
    PAYFIP_NUMCLI: '012345',
    PAYFIP_SAISIE: 'T',
    PAYFIP_SERVICE_URL: fake.serviceUrl,
    PAYFIP_PAYMENT_URL: fake.paymentUrl,
  });
});
afterAll(async () => {
  await server?.stop();
  await fake?.close();
});

/** A family with invoices of `totals`, all put in one payment started by its guardian. */
async function started(totals: number[] = [4560, 1290]) {
  const f = await paymentFixture(server.orm.em.fork(), totals);
  const start = await callerAs(server, f, 'guardian').payments.start({
    invoiceIds: f.invoices.map((i) => i.id),
  });
  const payment = await server.orm.em.fork().findOneOrFail(PaymentEntity, { id: start.paymentId });
  return { f, start, idOp: payment.providerOperationId as string };
}

/** PayFiP's server-to-server notification: a form with `idop`. */
const notify = (idOp: string) =>
  fetch(`${server.url}/banque/notification`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ idop: idOp }),
  });

/** The parent's browser coming back from PayFiP. */
const comeBack = (idOp: string) =>
  fetch(`${server.url}/paiement/retour?idop=${encodeURIComponent(idOp)}`, { redirect: 'manual' });

const stateOf = (paymentId: number) => server.orm.em.fork().findOneOrFail(PaymentEntity, { id: paymentId });
const invoiceStates = async (f: PaymentFixture) =>
  (
    await server.orm.em
      .fork()
      .find(InvoiceEntity, { id: { $in: f.invoices.map((i) => i.id) } }, { orderBy: { id: 'asc' } })
  ).map((i) => i.state);

describe('applying the bank’s result (PayFiP, against its fake)', () => {
  it('P: validated by card, every invoice paid, one event and one mail, the browser sent to «Mes factures»', async () => {
    const { f, start, idOp } = await started();
    fake.answer(idOp, 'P');
    expect((await notify(idOp)).status).toBe(200);
    const payment = await stateOf(start.paymentId);
    expect(payment).toMatchObject({ state: 'validated', method: 'card', providerResult: 'P' });
    expect(payment.settledAt).toBeInstanceOf(Date);
    expect(await invoiceStates(f)).toEqual(['paid', 'paid']);

    const back = await comeBack(idOp);
    expect(back.status).toBe(303);
    expect(back.headers.get('location')).toBe(`/factures?paiement=${start.reference}`);

    const em = server.orm.em.fork();
    expect(await paymentEvents(em, start.paymentId)).toEqual(['created', 'validated']);
    const mails = await mailsTo(em, f.guardian.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toContain(`Paiement ${start.reference} validé`);
    expect(mails[0]?.text).toContain(`Votre paiement ${start.reference} de 58,50`);
    expect(mails[0]?.text).toContain('a bien été validé');
    expect(mails[0]?.text).toContain(`${f.invoices[0]?.number} et ${f.invoices[1]?.number}`);
  });

  it.each([
    ['V', 'validated', 'direct_debit', ['paid', 'paid'], 1],
    ['R', 'refused', null, ['unpaid', 'unpaid'], 1],
    ['Z', 'refused', null, ['unpaid', 'unpaid'], 1],
    ['A', 'abandoned', null, ['unpaid', 'unpaid'], 0],
    ['P1', 'expired', null, ['unpaid', 'unpaid'], 0],
  ] as const)('%s: %s', async (answer, state, method, invoices, mails) => {
    const { f, start, idOp } = await started();
    fake.answer(idOp, answer as FakeAnswer);
    await notify(idOp);
    const payment = await stateOf(start.paymentId);
    expect(payment.state).toBe(state);
    expect(payment.method ?? null).toBe(method);
    expect(payment.providerResult).toBe(answer);
    expect(await invoiceStates(f)).toEqual(invoices);
    const sent = await mailsTo(server.orm.em.fork(), f.guardian.email);
    expect(sent).toHaveLength(mails);
    if (state === 'refused') expect(sent[0]?.text).toContain('a été refusé par la banque');
  });

  it('P5: pending while the bank does not know, once, then validated when it does', async () => {
    const { f, start, idOp } = await started();
    await notify(idOp);
    expect((await stateOf(start.paymentId)).state).toBe('pending');
    await comeBack(idOp);
    await notify(idOp);
    expect((await stateOf(start.paymentId)).state).toBe('pending');
    fake.answer(idOp, 'P');
    await notify(idOp);
    expect((await stateOf(start.paymentId)).state).toBe('validated');
    expect(await paymentEvents(server.orm.em.fork(), start.paymentId)).toEqual([
      'created',
      'pending',
      'validated',
    ]);
    expect(await invoiceStates(f)).toEqual(['paid', 'paid']);
  });

  it.each([
    ['server first, then the browser', ['notify', 'return']],
    ['browser first, then the server', ['return', 'notify']],
    ['both at once, twice', ['notify', 'return', 'notify', 'return']],
  ] as const)('applies a double answer once (%s)', async (_, order) => {
    const { f, start, idOp } = await started();
    fake.answer(idOp, 'P');
    const calls = order.map((o) => (o === 'notify' ? notify(idOp) : comeBack(idOp)));
    const responses = await Promise.all(calls);
    expect(responses.map((r) => r.status)).toEqual(order.map((o) => (o === 'notify' ? 200 : 303)));
    const em = server.orm.em.fork();
    expect(await paymentEvents(em, start.paymentId)).toEqual(['created', 'validated']);
    expect(await mailsTo(em, f.guardian.email)).toHaveLength(1);
    expect(await invoiceStates(f)).toEqual(['paid', 'paid']);
  });

  it('never changes a final state again', async () => {
    const { start, idOp } = await started();
    fake.answer(idOp, 'P');
    await notify(idOp);
    fake.answer(idOp, 'R');
    await notify(idOp);
    await comeBack(idOp);
    expect((await stateOf(start.paymentId)).state).toBe('validated');
    expect(await paymentEvents(server.orm.em.fork(), start.paymentId)).toEqual(['created', 'validated']);
  });

  it('refuses and flags a payment whose amount the bank reports differently; the invoices stay unpaid', async () => {
    const { f, start, idOp } = await started();
    fake.answer(idOp, 'P', { reportedAmount: 100 });
    await notify(idOp);
    const payment = await stateOf(start.paymentId);
    expect(payment.state).toBe('refused');
    expect(payment.anomaly).toContain('Montant annoncé par la banque (1,00');
    expect(await invoiceStates(f)).toEqual(['unpaid', 'unpaid']);
    expect(await mailsTo(server.orm.em.fork(), f.guardian.email)).toHaveLength(0);
  });

  it('releases the invoices of a refused, abandoned or expired payment: they can be paid again', async () => {
    for (const answer of ['R', 'A', 'P1'] as const) {
      const { f, idOp } = await started([800]);
      await expect(
        callerAs(server, f, 'guardian').payments.start({ invoiceIds: [f.invoices[0]?.id as number] }),
      ).rejects.toThrow(/déjà en cours de paiement/);
      fake.answer(idOp, answer);
      await notify(idOp);
      const again = await callerAs(server, f, 'guardian').payments.start({
        invoiceIds: [f.invoices[0]?.id as number],
      });
      expect(again.amountCents).toBe(800);
    }
  });
});

describe('notifications that must change nothing', () => {
  it('acknowledges an unknown idop without changing anything', async () => {
    const { start } = await started();
    const res = await notify('0123456789unknown');
    expect(res.status).toBe(200);
    expect((await stateOf(start.paymentId)).state).toBe('created');
  });

  it('refuses a notification without idop, or pretending to come from the demo bank', async () => {
    const { start, idOp } = await started();
    fake.answer(idOp, 'P');
    const noIdop = await fetch(`${server.url}/banque/notification`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'foo=bar',
    });
    expect(noIdop.status).toBe(400);
    const forged = await fetch(`${server.url}/banque/notification`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-banque-signature': 'sha256=00' },
      body: JSON.stringify({ idop: idOp, at: new Date().toISOString() }),
    });
    expect(forged.status).toBe(400);
    expect((await stateOf(start.paymentId)).state).toBe('created');
  });

  it('answers 503 when the bank cannot be asked, and changes nothing', async () => {
    const { start, idOp } = await started();
    fake.answer(idOp, 'technical');
    expect((await notify(idOp)).status).toBe(503);
    expect((await comeBack(idOp)).headers.get('location')).toBe(`/factures?paiement=${start.reference}`);
    expect((await stateOf(start.paymentId)).state).toBe('created');
  });
});

describe('reconciliation', () => {
  const age = async (paymentId: number, minutes: number) => {
    await server.orm.em
      .fork()
      .getConnection()
      .execute('update payment set created_at = ? where id = ?', [
        new Date(Date.now() - minutes * 60_000),
        paymentId,
      ]);
  };

  it('expires a payment left created past the operation’s life (P1), and frees its invoices', async () => {
    const { f, start, idOp } = await started([900]);
    fake.answer(idOp, 'P1');
    await reconcilePayments(paymentDeps(server));
    expect((await stateOf(start.paymentId)).state).toBe('created'); // younger than 15 minutes: left alone
    await age(start.paymentId, 16);
    const run = await reconcilePayments(paymentDeps(server));
    expect(run.changed).toBeGreaterThanOrEqual(1);
    expect((await stateOf(start.paymentId)).state).toBe('expired');
    expect(await paymentEvents(server.orm.em.fork(), start.paymentId)).toEqual(['created', 'expired']);
    await callerAs(server, f, 'guardian').payments.start({ invoiceIds: [f.invoices[0]?.id as number] });
  });

  it('brings in a result whose notification was lost, for a pending payment', async () => {
    const { f, start, idOp } = await started([900]);
    await notify(idOp); // P5
    expect((await stateOf(start.paymentId)).state).toBe('pending');
    fake.answer(idOp, 'V');
    await reconcilePayments(paymentDeps(server));
    expect((await stateOf(start.paymentId)).state).toBe('validated');
    expect(await invoiceStates(f)).toEqual(['paid']);
  });

  it('gives up on a result still unknown after 20 minutes, and flags a late payment after that', async () => {
    const { f, start, idOp } = await started([900]);
    await notify(idOp); // P5
    await age(start.paymentId, 21);
    await reconcilePayments(paymentDeps(server));
    const expired = await stateOf(start.paymentId);
    expect(expired).toMatchObject({ state: 'expired', providerResult: 'P5', anomaly: null });

    fake.answer(idOp, 'P');
    await notify(idOp);
    const late = await stateOf(start.paymentId);
    expect(late.state).toBe('expired');
    expect(late.anomaly).toContain('après son expiration');
    expect(await invoiceStates(f)).toEqual(['unpaid']);
    await notify(idOp);
    expect(await paymentEvents(server.orm.em.fork(), start.paymentId)).toEqual([
      'created',
      'pending',
      'expired',
      'expired',
    ]);
  });

  it('expires a payment whose operation was never created', async () => {
    const { start } = await started([900]);
    await server.orm.em
      .fork()
      .getConnection()
      .execute('update payment set provider_operation_id = null where id = ?', [start.paymentId]);
    await age(start.paymentId, 16);
    await reconcilePayments(paymentDeps(server));
    expect((await stateOf(start.paymentId)).state).toBe('expired');
  });
});

describe('when the bank cannot create the operation', () => {
  it('answers UNAVAILABLE in French, lapses the payment and frees the invoices', async () => {
    const f = await paymentFixture(server.orm.em.fork(), [1000]);
    const em = server.orm.em.fork();
    await em.getConnection().execute("update guardian set email = 'a@b.c' where id = ?", [f.guardian.id]);
    const caller = callerAs(server, f, 'guardian');
    await expect(caller.payments.start({ invoiceIds: [f.invoices[0]?.id as number] })).rejects.toThrow(
      /Le service de paiement en ligne ne répond pas/,
    );
    const [payment] = await em.find(PaymentEntity, { family: f.family.id });
    expect(payment).toMatchObject({ state: 'expired' });
    expect(payment?.anomaly).toBeTruthy();
    // The payment lapsed: the invoice is free again (the same refusal now comes from the bank, not a lock).
    await expect(caller.payments.start({ invoiceIds: [f.invoices[0]?.id as number] })).rejects.toThrow(
      /ne répond pas/,
    );
  });
});

describe('applyResult', () => {
  it('reports an unknown operation and changes nothing', async () => {
    expect(await applyResult(paymentDeps(server), 'nope', 'notification')).toEqual({ kind: 'unknown' });
  });
});
