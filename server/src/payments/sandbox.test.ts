import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, mutate, wsClient } from '../../test/http.ts';
import { paymentEvents, paymentFixture, startPaymentServer } from '../../test/payments-fixture.ts';
import { guardianToken } from '../../test/tokens.ts';
import { GuardianEntity } from '../accounts/entities.ts';
import { InvoiceEntity } from '../billing/entities.ts';
import type { RunningServer } from '../server.ts';
import { PaymentEntity, SandboxOperationEntity } from './entities.ts';
import { SIGNATURE_HEADER, signBody } from './sandbox.ts';

const DELAY_MS = 400;

let server: RunningServer;
beforeAll(async () => {
  server = await startPaymentServer({ SANDBOX_VALIDATION_DELAY_MS: String(DELAY_MS) });
});
afterAll(() => server?.stop());

type Started = {
  paymentId: number;
  reference: string;
  amountCents: number;
  invoiceNumbers: string[];
  redirectUrl: string;
};

async function startAs(token: string, invoiceIds: number[]): Promise<Started> {
  const res = await mutate(server.url, 'payments.start', { invoiceIds }, { token });
  if (res.status !== 200) throw new Error(JSON.stringify(res.body));
  return res.body.result?.data as Started;
}

/** A fixture family whose guardian starts a payment of its one invoice over HTTP. */
async function startedPayment(total = 2500) {
  const f = await paymentFixture(server.orm.em.fork(), [total]);
  const token = await guardianToken(server, f);
  const started = await startAs(token, [f.invoices[0]?.id as number]);
  const idop = new URL(started.redirectUrl).searchParams.get('idop') as string;
  return { f, token, started, idop };
}

/** The parent's choice on the bank's page, as the browser posts the form. */
const choose = (idop: string, fields: Record<string, string>) =>
  fetch(`${server.url}/banque/paiement`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ idop, ...fields }),
    redirect: 'manual',
  });

const stateOf = async (paymentId: number) =>
  (await server.orm.em.fork().findOneOrFail(PaymentEntity, { id: paymentId })).state;

describe('the demo bank, end to end over HTTP', () => {
  it('pays the demo family’s invoices: bank page, card, notification, return to «Mes factures»', async () => {
    const { token } = await login(server.url, 'parent@demo.fr', 'Demo-parent-2026');
    const em = server.orm.em.fork();
    const guardian = await em.findOneOrFail(GuardianEntity, { email: 'parent@demo.fr' });
    const unpaid = await em.find(InvoiceEntity, {
      family: guardian.family.id,
      state: { $in: ['unpaid', 'partially_paid'] },
    });
    expect(unpaid.length).toBeGreaterThan(0);
    const started = await startAs(
      token,
      unpaid.map((i) => i.id),
    );

    const page = await fetch(started.redirectUrl);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Banque de démonstration — aucun paiement réel');
    expect(html).toContain(started.reference);
    expect(html).toContain('<label for="carte">Numéro de carte</label>');
    expect(html).toContain('Annuler et revenir au portail');

    const idop = new URL(started.redirectUrl).searchParams.get('idop') as string;
    const paid = await choose(idop, { carte: '4242 4242 4242 4242', action: 'payer' });
    expect(paid.status).toBe(303);
    expect(paid.headers.get('location')).toBe(`${server.config.publicUrl}/paiement/retour?idop=${idop}`);
    // The bank notified the portal before sending the browser back.
    expect(await stateOf(started.paymentId)).toBe('validated');

    const back = await fetch(paid.headers.get('location') as string, { redirect: 'manual' });
    expect(back.status).toBe(303);
    expect(back.headers.get('location')).toBe(`/factures?paiement=${started.reference}`);

    const client = wsClient(server.url, token);
    try {
      const payment = await client.trpc.payments.byReference.query({ reference: started.reference });
      expect(payment).toMatchObject({
        state: 'validated',
        method: 'card',
        invoiceNumbers: started.invoiceNumbers,
      });
    } finally {
      client.close();
    }
    const invoices = await server.orm.em.fork().find(InvoiceEntity, { id: { $in: unpaid.map((i) => i.id) } });
    expect(invoices.every((i) => i.state === 'paid')).toBe(true);
    expect(await paymentEvents(server.orm.em.fork(), started.paymentId)).toEqual(['created', 'validated']);

    // The operation is over: the bank's page says so, and a second submission changes nothing.
    expect(await (await fetch(started.redirectUrl)).text()).toContain('Opération terminée');
    await choose(idop, { carte: '4000 0000 0000 0002', action: 'payer' });
    expect(await stateOf(started.paymentId)).toBe('validated');
  });

  it('refuses with the refused test card, and abandons with «Annuler»', async () => {
    const refused = await startedPayment();
    await choose(refused.idop, { carte: '4000000000000002', action: 'payer' });
    expect(await stateOf(refused.started.paymentId)).toBe('refused');

    const cancelled = await startedPayment();
    const res = await choose(cancelled.idop, { action: 'annuler' });
    expect(res.status).toBe(303);
    expect(await stateOf(cancelled.started.paymentId)).toBe('abandoned');
    const invoice = await server.orm.em
      .fork()
      .findOneOrFail(InvoiceEntity, { id: cancelled.f.invoices[0]?.id as number });
    expect(invoice.state).toBe('unpaid');
  });

  it('validates the delayed card after SANDBOX_VALIDATION_DELAY_MS: pending first, then validated', async () => {
    const { started, idop } = await startedPayment();
    await choose(idop, { carte: '4000-0000-0000-0077', action: 'payer' });
    expect(await stateOf(started.paymentId)).toBe('pending');
    const deadline = Date.now() + DELAY_MS + 5000;
    while ((await stateOf(started.paymentId)) !== 'validated' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(await stateOf(started.paymentId)).toBe('validated');
    expect(await paymentEvents(server.orm.em.fork(), started.paymentId)).toEqual([
      'created',
      'pending',
      'validated',
    ]);
  });

  it('asks again for an unknown card number, saying why, and changes nothing', async () => {
    const { started, idop } = await startedPayment();
    const res = await choose(idop, { carte: '1234', action: 'payer' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('n’est pas une carte de test');
    expect(await stateOf(started.paymentId)).toBe('created');
    expect((await fetch(`${server.url}/banque/paiement?idop=${'0'.repeat(32)}`)).status).toBe(404);
  });
});

describe('notifications to the portal from the demo bank', () => {
  const post = (body: string, headers: Record<string, string>) =>
    fetch(`${server.url}/banque/notification`, { method: 'POST', headers, body });

  it('refuses a bad signature, an unsigned form and a stale signed body, changing nothing', async () => {
    const { started, idop } = await startedPayment();
    await server.orm.em
      .fork()
      .getConnection()
      .execute("update sandbox_operation set status = 'paid', decided_at = now() where id = ?", [idop]);
    const body = JSON.stringify({ idop, at: new Date().toISOString() });
    const json = { 'content-type': 'application/json' };
    expect((await post(body, { ...json, [SIGNATURE_HEADER]: signBody('not-the-secret', body) })).status).toBe(
      400,
    );
    expect((await post(body, json)).status).toBe(400);
    expect(
      (
        await post(new URLSearchParams({ idop }).toString(), {
          'content-type': 'application/x-www-form-urlencoded',
        })
      ).status,
    ).toBe(400);
    const op = await server.orm.em.fork().findOneOrFail(SandboxOperationEntity, { id: idop });
    const stale = JSON.stringify({ idop, at: new Date(Date.now() - 3600_000).toISOString() });
    expect((await post(stale, { ...json, [SIGNATURE_HEADER]: signBody(op.secret, stale) })).status).toBe(400);
    expect(await stateOf(started.paymentId)).toBe('created');

    // Correctly signed, it is applied, once: a replay finds the payment final.
    expect((await post(body, { ...json, [SIGNATURE_HEADER]: signBody(op.secret, body) })).status).toBe(200);
    expect((await post(body, { ...json, [SIGNATURE_HEADER]: signBody(op.secret, body) })).status).toBe(200);
    expect(await stateOf(started.paymentId)).toBe('validated');
    expect(await paymentEvents(server.orm.em.fork(), started.paymentId)).toEqual(['created', 'validated']);
  });
});

describe('the demo bank’s page', () => {
  it('passes axe (WCAG 2 A and AA), with and without an error', { timeout: 60_000 }, async () => {
    const { idop } = await startedPayment();
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
    });
    try {
      const page = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
      // Served from PUBLIC_URL, like the return URL: CSP's form-action also governs the form's redirect.
      await page.goto(`${server.config.publicUrl}/banque/paiement?idop=${idop}`);
      const check = async () => {
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
        expect(
          violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        ).toEqual([]);
      };
      await check();
      await page.getByLabel('Numéro de carte').fill('1111');
      await page.getByRole('button', { name: /^Payer/ }).click();
      await page.getByText('n’est pas une carte de test').waitFor();
      await check();
      await page.getByLabel('Numéro de carte').fill('4242 4242 4242 4242');
      await page.getByRole('button', { name: /^Payer/ }).click();
      await page.waitForURL(/\/factures\?paiement=/);
    } finally {
      await browser.close();
    }
  });
});
