import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { XMLParser } from 'fast-xml-parser';
import { escapeXml, PAYFIP_NAMESPACE } from '../src/payments/payfip.ts';

/** What the fake answers to `recupererDetailPaiementSecurise` for an operation. */
export type FakeAnswer = 'P' | 'V' | 'R' | 'Z' | 'A' | 'P1' | 'P5' | 'technical';

export type FakeOperation = {
  idOp: string;
  /** The arguments of `creerPaiementSecurise`, as received. */
  args: Record<string, string>;
  answer: FakeAnswer;
  /** The amount the fake reports, when a test makes the bank disagree with the portal. */
  reportedAmount?: string;
};

const parser = new XMLParser({ removeNSPrefix: true, ignoreAttributes: true, parseTagValue: false });

const envelope = (body: string) =>
  `<?xml version='1.0' encoding='UTF-8'?><S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body>${body}</S:Body></S:Envelope>`;

/**
 * A SOAP fault the way PayFiP (a JAX-WS service) answers errors: HTTP 500, `faultstring` naming the Java
 * exception, and in `detail` an element `FonctionnelleErreur` (business) or `TechDysfonctionnementErreur`
 * (technical) with `code`, `descriptif`, `libelle` and `severite`. P1 and P5 are PayFiP's documented codes;
 * P4 (invalid argument) is this fake's own stand-in for the service's other business errors.
 */
const fault = (kind: string, code: string, libelle: string) =>
  envelope(
    `<S:Fault xmlns:ns4="http://www.w3.org/2003/05/soap-envelope"><faultcode>S:Server</faultcode>` +
      `<faultstring>fr.gouv.finances.cp.tpa.webservice.exceptions.${kind}</faultstring><detail>` +
      `<ns2:${kind} xmlns:ns2="${PAYFIP_NAMESPACE}"><code>${code}</code><descriptif>${escapeXml(libelle)}</descriptif>` +
      `<libelle>${escapeXml(libelle)}</libelle><severite>2</severite></ns2:${kind}></detail></S:Fault>`,
  );

const response = (operation: string, fields: Record<string, string>) =>
  envelope(
    `<ns2:${operation}Response xmlns:ns2="${PAYFIP_NAMESPACE}"><return>${Object.entries(fields)
      .map(([k, v]) => `<${k}>${escapeXml(v)}</${k}>`)
      .join('')}</return></ns2:${operation}Response>`,
  );

/**
 * An in-process stand-in for DGFiP's PayFiP SOAP service, speaking its two operations. A new operation
 * answers P5 (result not known yet) until a test sets its answer; an unknown idOp answers P1.
 */
export async function startPayfipFake() {
  const operations = new Map<string, FakeOperation>();
  const requests: string[] = [];

  function handle(xml: string): { status: number; body: string } {
    const body = (
      parser.parse(xml) as { Envelope?: { Body?: Record<string, { arg0?: Record<string, string> }> } }
    ).Envelope?.Body;
    const [operation, call] = Object.entries(body ?? {})[0] ?? [];
    const args = call?.arg0 ?? {};
    if (operation === 'creerPaiementSecurise') {
      const invalid = [
        !/^[0-9]{6}$/.test(args.numcli ?? '') && 'numcli',
        !/^[0-9]{4}$/.test(args.exer ?? '') && 'exer',
        !/^[A-Za-z0-9]{1,30}$/.test(args.refdet ?? '') && 'refdet',
        !/^[A-Za-z0-9 ]{1,100}$/.test(args.objet ?? '') && 'objet',
        !/^[0-9]+$/.test(args.montant ?? '') && 'montant',
        !((args.mel ?? '').length >= 6 && (args.mel ?? '').length <= 80) && 'mel',
        !['T', 'X', 'W'].includes(args.saisie ?? '') && 'saisie',
        !args.urlnotif && 'urlnotif',
        !args.urlredirect && 'urlredirect',
      ].filter(Boolean);
      if (invalid.length > 0) {
        return {
          status: 500,
          body: fault('FonctionnelleErreur', 'P4', `Paramètre invalide : ${invalid[0]}`),
        };
      }
      const idOp = randomBytes(18).toString('hex');
      operations.set(idOp, { idOp, args, answer: 'P5' });
      return { status: 200, body: response(operation, { idOp }) };
    }
    if (operation === 'recupererDetailPaiementSecurise') {
      const op = operations.get(args.idOp ?? '');
      if (!op || op.answer === 'P1') {
        return { status: 500, body: fault('FonctionnelleErreur', 'P1', 'IdOp incorrect ou expiré') };
      }
      if (op.answer === 'P5') {
        return {
          status: 500,
          body: fault('FonctionnelleErreur', 'P5', 'Résultat de la transaction non connu'),
        };
      }
      if (op.answer === 'technical') {
        return { status: 500, body: fault('TechDysfonctionnementErreur', 'T1', 'Service indisponible') };
      }
      return {
        status: 200,
        body: response(operation, {
          dattrans: '29112026',
          exer: op.args.exer ?? '',
          heurtrans: '1030',
          idOp: op.idOp,
          mel: op.args.mel ?? '',
          montant: op.reportedAmount ?? op.args.montant ?? '',
          numauto: op.answer === 'P' ? '123456' : '',
          numcli: op.args.numcli ?? '',
          objet: op.args.objet ?? '',
          refdet: op.args.refdet ?? '',
          resultrans: op.answer,
          saisie: op.args.saisie ?? '',
        }),
      };
    }
    return { status: 500, body: fault('TechProtocolaireErreur', 'T0', `Opération inconnue : ${operation}`) };
  }

  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => {
      raw += chunk.toString('utf8');
    });
    req.on('end', () => {
      requests.push(raw);
      let answer: { status: number; body: string };
      try {
        answer = handle(raw);
      } catch {
        answer = { status: 500, body: fault('TechProtocolaireErreur', 'T0', 'Requête illisible') };
      }
      res.writeHead(answer.status, { 'content-type': 'text/xml; charset=utf-8' }).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    serviceUrl: `${url}/tpa/services/securite`,
    paymentUrl: `${url}/tpa/paiementws.web`,
    operations,
    requests,
    /** Sets what the bank answers for `idOp` from now on. */
    answer(idOp: string, answer: FakeAnswer, options: { reportedAmount?: number } = {}) {
      const op = operations.get(idOp);
      if (!op) throw new Error(`no fake operation ${idOp}`);
      op.answer = answer;
      if (options.reportedAmount !== undefined) op.reportedAmount = String(options.reportedAmount);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type PayfipFake = Awaited<ReturnType<typeof startPayfipFake>>;
