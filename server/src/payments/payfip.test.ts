import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PayfipFake, startPayfipFake } from '../../test/payfip-fake.ts';
import { PayfipProvider, readSoap, soapRequest } from './payfip.ts';
import { ProviderError, type ProviderOperation } from './provider.ts';

let fake: PayfipFake;
let payfip: PayfipProvider;
beforeAll(async () => {
  fake = await startPayfipFake();
  payfip = new PayfipProvider({
    numcli: '012345',
    saisie: 'T',
    serviceUrl: fake.serviceUrl,
    paymentUrl: fake.paymentUrl,
    timeoutMs: 5000,
  });
});
afterAll(() => fake?.close());

const operation = (over: Partial<ProviderOperation> = {}): ProviderOperation => ({
  reference: 'P20260000001',
  year: 2026,
  label: 'Portail Famille factures 2026 00012 2026 00013',
  amountCents: 4560,
  email: 'parent@demo.fr',
  notifyUrl: 'https://portail.example/banque/notification',
  returnUrl: 'https://portail.example/paiement/retour?from=<bank>&x=1',
  ...over,
});

describe('PayFiP adapter against its fake', () => {
  it('creates the operation with the documented arguments, escaped, and points the browser to the payment page', async () => {
    const created = await payfip.create(operation());
    const sent = fake.operations.get(created.operationId);
    expect(sent?.args).toEqual({
      exer: '2026',
      mel: 'parent@demo.fr',
      montant: '4560',
      numcli: '012345',
      objet: 'Portail Famille factures 2026 00012 2026 00013',
      refdet: 'P20260000001',
      saisie: 'T',
      urlnotif: 'https://portail.example/banque/notification',
      urlredirect: 'https://portail.example/paiement/retour?from=<bank>&x=1',
    });
    expect(fake.requests.at(-1)).toContain('from=&lt;bank&gt;&amp;x=1');
    expect(created.redirectUrl).toBe(`${fake.paymentUrl}?idop=${created.operationId}`);
  });

  it.each([
    ['P', { status: 'paid', method: 'card', code: 'P', amountCents: 4560, reference: 'P20260000001' }],
    [
      'V',
      { status: 'paid', method: 'direct_debit', code: 'V', amountCents: 4560, reference: 'P20260000001' },
    ],
    ['R', { status: 'refused', code: 'R', amountCents: 4560, reference: 'P20260000001' }],
    ['Z', { status: 'refused', code: 'Z', amountCents: 4560, reference: 'P20260000001' }],
    ['A', { status: 'abandoned', code: 'A', amountCents: 4560, reference: 'P20260000001' }],
    ['P1', { status: 'expired', code: 'P1' }],
    ['P5', { status: 'pending', code: 'P5' }],
  ] as const)('reads resultrans / error %s', async (answer, expected) => {
    const { operationId } = await payfip.create(operation());
    fake.answer(operationId, answer);
    expect(await payfip.fetchResult(operationId)).toEqual(expected);
  });

  it('answers P5 for a new operation and P1 for an unknown one', async () => {
    const { operationId } = await payfip.create(operation());
    expect(await payfip.fetchResult(operationId)).toEqual({ status: 'pending', code: 'P5' });
    expect(await payfip.fetchResult('0123456789abcdef')).toEqual({ status: 'expired', code: 'P1' });
  });

  it('reports the amount the bank collected, so that the portal can compare it with its own', async () => {
    const { operationId } = await payfip.create(operation());
    fake.answer(operationId, 'P', { reportedAmount: 1 });
    expect(await payfip.fetchResult(operationId)).toMatchObject({ status: 'paid', amountCents: 1 });
  });

  it('turns technical faults, refused arguments and an unreachable service into ProviderError', async () => {
    const { operationId } = await payfip.create(operation());
    fake.answer(operationId, 'technical');
    await expect(payfip.fetchResult(operationId)).rejects.toThrow(/TechDysfonctionnementErreur/);
    await expect(payfip.create(operation({ label: 'Facture n° 2026-00012' }))).rejects.toBeInstanceOf(
      ProviderError,
    );
    const offline = new PayfipProvider({
      numcli: '012345',
      saisie: 'T',
      serviceUrl: 'http://127.0.0.1:1/securite',
      paymentUrl: fake.paymentUrl,
      timeoutMs: 2000,
    });
    await expect(offline.fetchResult(operationId)).rejects.toBeInstanceOf(ProviderError);
  });

  it('reads the notification form field idop', async () => {
    const n = { contentType: 'application/x-www-form-urlencoded', rawBody: '', headers: {} };
    expect(await payfip.readNotification({ ...n, form: { idop: 'abc-123' } })).toEqual({
      ok: true,
      operationId: 'abc-123',
    });
    expect((await payfip.readNotification({ ...n, form: { idop: '<script>' } })).ok).toBe(false);
    expect((await payfip.readNotification({ ...n, form: {} })).ok).toBe(false);
  });
});

describe('reading SOAP tolerantly', () => {
  it('finds the error code wherever the error element sits, or in faultstring', () => {
    const bare = `<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault>
      <faultcode>soap:Server</faultcode><faultstring>Erreur P5 : résultat non connu</faultstring></soap:Fault></soap:Body></soap:Envelope>`;
    expect(readSoap(bare, 'recupererDetailPaiementSecurise')).toEqual({
      fault: { kind: undefined, code: 'P5', label: 'Erreur P5 : résultat non connu' },
    });
  });

  it('accepts idop in either case and any namespace prefix', () => {
    const xml = `<a:Envelope xmlns:a="http://schemas.xmlsoap.org/soap/envelope/"><a:Body><b:creerPaiementSecuriseResponse xmlns:b="urn:x">
      <return><idop>00012</idop></return></b:creerPaiementSecuriseResponse></a:Body></a:Envelope>`;
    expect(readSoap(xml, 'creerPaiementSecurise')).toEqual({ result: { idop: '00012' } });
  });

  it('builds a request whose arguments cannot break out of their element', () => {
    const xml = soapRequest('recupererDetailPaiementSecurise', { idOp: '</idOp><evil/>' });
    expect(xml).toContain('<arg0><idOp>&lt;/idOp&gt;&lt;evil/&gt;</idOp></arg0>');
  });
});
