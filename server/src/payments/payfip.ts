import { XMLParser } from 'fast-xml-parser';
import type { PaymentsConfig } from '../config/config.ts';
import {
  type IncomingNotification,
  type NotificationReading,
  type PaymentProvider,
  ProviderError,
  type ProviderOperation,
  type ProviderResult,
} from './provider.ts';

type PayfipSettings = NonNullable<PaymentsConfig['payfip']>;

/** The namespace of DGFiP's `PaiementSecuriseService` (WSDL at `<PAYFIP_SERVICE_URL>?wsdl`). */
export const PAYFIP_NAMESPACE =
  'http://securite.service.tpa.cp.finances.gouv.fr/services/mas_securite/contrat_paiement_securise/PaiementSecuriseService';

const refdetPattern = /^[A-Za-z0-9]{1,30}$/;
const objetPattern = /^[A-Za-z0-9 ]{1,100}$/;
const idOpPattern = /^[A-Za-z0-9-]{1,64}$/;

export const escapeXml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

/** A document/literal SOAP 1.1 request: PayFiP wraps every operation's arguments in `arg0`. */
export function soapRequest(operation: string, args: Record<string, string>): string {
  const fields = Object.entries(args)
    .map(([name, value]) => `<${name}>${escapeXml(value)}</${name}>`)
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:pai="${PAYFIP_NAMESPACE}">` +
    `<soapenv:Header/><soapenv:Body><pai:${operation}><arg0>${fields}</arg0></pai:${operation}>` +
    '</soapenv:Body></soapenv:Envelope>'
  );
}

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: true,
  // Codes like « 00012 » or « P5 » must stay the strings they are.
  parseTagValue: false,
  trimValues: true,
});

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A child by name, ignoring case: the service has written both `idOp` and `idop` over the years. */
function child(node: unknown, name: string): unknown {
  if (!isNode(node)) return undefined;
  const key = Object.keys(node).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : node[key];
}
const text = (node: unknown, name: string): string | undefined => {
  const v = child(node, name);
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
};

/** Every node below `node`, depth first: the fault's detail is searched wherever the error element sits. */
function* descendants(node: unknown): Generator<Node> {
  if (Array.isArray(node)) for (const n of node) yield* descendants(n);
  else if (isNode(node)) {
    yield node;
    for (const v of Object.values(node)) yield* descendants(v);
  }
}

export type SoapFault = { code: string | undefined; label: string; kind: string | undefined };

/**
 * Reads a SOAP answer: the operation's `return`, or its fault. The service answers errors as SOAP faults
 * (HTTP 500) whose `detail` holds one of `FonctionnelleErreur` (business: P1 unknown or expired idOp, P5
 * result not known yet…), `TechDysfonctionnementErreur`, `TechIndisponibiliteErreur` or
 * `TechProtocolaireErreur`, each with `code`, `libelle`, `descriptif` and `severite`. We look for the error
 * element anywhere under the fault, and fall back on a P-code in `faultstring`, to survive small changes.
 */
export function readSoap(xml: string, operation: string): { fault: SoapFault } | { result: Node } {
  let doc: unknown;
  try {
    doc = parser.parse(xml);
  } catch (error) {
    throw new ProviderError(`PayFiP: unreadable answer to ${operation}`, { cause: error });
  }
  const body = child(child(doc, 'Envelope'), 'Body');
  const fault = child(body, 'Fault');
  if (fault !== undefined) {
    for (const node of descendants(fault)) {
      const kind = Object.keys(node).find((k) => /erreur$/i.test(k));
      if (kind) {
        const error = node[kind];
        return {
          fault: {
            kind,
            code: text(error, 'code'),
            label: text(error, 'libelle') ?? text(error, 'descriptif') ?? '',
          },
        };
      }
    }
    const faultString = text(fault, 'faultstring') ?? '';
    return { fault: { kind: undefined, code: faultString.match(/\bP\d+\b/)?.[0], label: faultString } };
  }
  const result = child(child(body, `${operation}Response`), 'return');
  if (!isNode(result)) throw new ProviderError(`PayFiP: no ${operation}Response in the answer`);
  return { result };
}

/**
 * DGFiP's PayFiP web service (SOAP): `creerPaiementSecurise` gives an `idOp`, the parent pays on the PayFiP
 * page at `PAYFIP_PAYMENT_URL?idop=…`, and `recupererDetailPaiementSecurise` tells the result.
 */
export class PayfipProvider implements PaymentProvider {
  readonly kind = 'payfip' as const;
  readonly #settings: PayfipSettings;

  constructor(settings: PayfipSettings) {
    this.#settings = settings;
  }

  async create(op: ProviderOperation): Promise<{ operationId: string; redirectUrl: string }> {
    if (!refdetPattern.test(op.reference)) throw new ProviderError(`refdet invalide : ${op.reference}`);
    if (!objetPattern.test(op.label)) throw new ProviderError(`objet invalide : ${op.label}`);
    if (op.email.length < 6 || op.email.length > 80) throw new ProviderError('mel: 6 à 80 caractères');
    if (!Number.isInteger(op.amountCents) || op.amountCents <= 0) throw new ProviderError('montant invalide');
    const answer = await this.#call('creerPaiementSecurise', {
      exer: String(op.year),
      mel: op.email,
      montant: String(op.amountCents),
      numcli: this.#settings.numcli,
      objet: op.label,
      refdet: op.reference,
      saisie: this.#settings.saisie,
      urlnotif: op.notifyUrl,
      urlredirect: op.returnUrl,
    });
    if ('fault' in answer) {
      throw new ProviderError(`PayFiP creerPaiementSecurise: ${answer.fault.code} ${answer.fault.label}`);
    }
    const operationId = text(answer.result, 'idOp');
    if (!operationId || !idOpPattern.test(operationId)) throw new ProviderError('PayFiP: no usable idOp');
    const redirect = new URL(this.#settings.paymentUrl);
    redirect.searchParams.set('idop', operationId);
    return { operationId, redirectUrl: redirect.toString() };
  }

  async fetchResult(operationId: string): Promise<ProviderResult> {
    const answer = await this.#call('recupererDetailPaiementSecurise', { idOp: operationId });
    if ('fault' in answer) {
      if (answer.fault.code === 'P1') return { status: 'expired', code: 'P1' };
      if (answer.fault.code === 'P5') return { status: 'pending', code: 'P5' };
      throw new ProviderError(
        `PayFiP recupererDetailPaiementSecurise: ${answer.fault.kind ?? 'Fault'} ${answer.fault.code} ${answer.fault.label}`,
      );
    }
    const r = answer.result;
    const resultrans = text(r, 'resultrans')?.toUpperCase();
    const montant = text(r, 'montant');
    const reported = {
      ...(montant !== undefined && /^\d+$/.test(montant) ? { amountCents: Number(montant) } : {}),
      ...(text(r, 'refdet') ? { reference: text(r, 'refdet') } : {}),
    };
    switch (resultrans) {
      case 'P':
        return { status: 'paid', method: 'card', code: 'P', ...reported };
      case 'V':
        return { status: 'paid', method: 'direct_debit', code: 'V', ...reported };
      case 'R':
      case 'Z':
        return { status: 'refused', code: resultrans, ...reported };
      case 'A':
        return { status: 'abandoned', code: 'A', ...reported };
      default:
        throw new ProviderError(`PayFiP: unknown resultrans ${resultrans}`);
    }
  }

  /** PayFiP posts a form with `idop` to `urlnotif`. It is not signed: the result is read back anyway. */
  async readNotification(n: IncomingNotification): Promise<NotificationReading> {
    const idop = n.form.idop ?? n.form.idOp ?? n.form.IDOP;
    if (!idop || !idOpPattern.test(idop)) return { ok: false, reason: 'no idop' };
    return { ok: true, operationId: idop };
  }

  async #call(operation: string, args: Record<string, string>) {
    let response: Response;
    try {
      response = await fetch(this.#settings.serviceUrl, {
        method: 'POST',
        headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: '""' },
        body: soapRequest(operation, args),
        signal: AbortSignal.timeout(this.#settings.timeoutMs),
      });
    } catch (error) {
      throw new ProviderError(`PayFiP unreachable (${operation})`, { cause: error });
    }
    const body = await response.text();
    if (!response.ok && !body.includes('Fault')) {
      throw new ProviderError(`PayFiP ${operation}: HTTP ${response.status}`);
    }
    return readSoap(body, operation);
  }
}
