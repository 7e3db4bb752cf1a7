import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { z } from 'zod';
import { loadMunicipality } from '../municipality/service.ts';
import type { Services } from '../trpc/context.ts';
import { SandboxOperationEntity } from './entities.ts';
import { OPERATION_LIFETIME_MS } from './provider.ts';
import { cardOutcome, decideSandboxOperation, SIGNATURE_HEADER, signBody } from './sandbox.ts';
import { finishedPage, paymentPage, unknownOperationPage } from './sandbox-page.ts';

const NOTIFY_TIMEOUT_MS = 5000;
const IdOp = z.string().regex(/^[a-f0-9]{32}$/);
const Choice = z.object({
  idop: IdOp,
  action: z.enum(['payer', 'annuler']),
  carte: z.string().max(40).optional(),
});

/** `returnUrl?idop=…`, as PayFiP sends the parent back. */
const backToPortal = (op: SandboxOperationEntity) => {
  const url = new URL(op.returnUrl);
  url.searchParams.set('idop', op.id);
  return url.toString();
};

/**
 * The demo bank's pages (PAYMENT_PROVIDER=sandbox), served by the portal itself: the card page at
 * /banque/paiement?idop=…, and its form. After the parent's choice the bank notifies the portal server to
 * server (signed), then sends the browser back to the portal, as PayFiP does. A card with delayed
 * validation is notified again once validated. Form bodies are parsed by the enclosing plugin.
 */
export const sandboxBankRoutes: FastifyPluginAsync<{ services: Services }> = async (app, { services }) => {
  const { orm, log, config } = services;
  const timers = new Set<NodeJS.Timeout>();
  app.addHook('onClose', async () => {
    for (const t of timers) clearTimeout(t);
  });

  const payee = async (em: EntityManager) => {
    try {
      return (await loadMunicipality(em)).name;
    } catch {
      return 'Portail Famille';
    }
  };
  const html = (reply: FastifyReply, status: number, body: string) =>
    reply.code(status).type('text/html; charset=utf-8').header('Cache-Control', 'no-store').send(body);

  async function notify(op: SandboxOperationEntity) {
    const body = JSON.stringify({ idop: op.id, at: new Date().toISOString() });
    try {
      const res = await fetch(op.notifyUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signBody(op.secret, body) },
        body,
        signal: AbortSignal.timeout(NOTIFY_TIMEOUT_MS),
      });
      if (!res.ok)
        log.warn({ idop: op.id, status: res.status }, 'banque de démonstration : notification refusée');
    } catch (error) {
      // The browser's return and the reconciliation job still bring the result in.
      log.warn({ err: error, idop: op.id }, 'banque de démonstration : notification impossible');
    }
  }

  app.get('/banque/paiement', async (request, reply) => {
    const idop = IdOp.safeParse((request.query as { idop?: unknown }).idop);
    const em = orm.em.fork() as EntityManager;
    const op = idop.success ? await em.findOne(SandboxOperationEntity, { id: idop.data }) : null;
    if (!op) return html(reply, 404, unknownOperationPage());
    const lapsed = Date.now() - op.createdAt.getTime() >= OPERATION_LIFETIME_MS;
    if (op.status !== 'open' || lapsed)
      return html(reply, 200, finishedPage(op, await payee(em), backToPortal(op)));
    return html(reply, 200, paymentPage(op, await payee(em)));
  });

  app.post('/banque/paiement', async (request, reply) => {
    const raw = typeof request.body === 'string' ? request.body : '';
    const form = Choice.safeParse(Object.fromEntries(new URLSearchParams(raw)));
    if (!form.success) return html(reply, 400, unknownOperationPage());
    const em = orm.em.fork() as EntityManager;
    const { idop, action, carte = '' } = form.data;
    const outcome = action === 'annuler' ? 'cancel' : cardOutcome(carte);
    if (!outcome) {
      const op = await em.findOne(SandboxOperationEntity, { id: idop });
      if (!op) return html(reply, 404, unknownOperationPage());
      const error = carte.trim()
        ? 'Ce numéro de carte n’est pas une carte de test : utilisez une des cartes listées ci-dessous.'
        : 'Saisissez le numéro de carte.';
      return html(reply, 422, paymentPage(op, await payee(em), { error, card: carte }));
    }
    const last4 = carte.replace(/\D/g, '').slice(-4);
    const decided = await decideSandboxOperation(
      em,
      idop,
      outcome,
      outcome === 'cancel' ? null : { last4 },
      config.payments.sandboxValidationDelayMs,
    );
    if (!decided) return html(reply, 404, unknownOperationPage());
    const { operation, decidedNow } = decided;
    if (decidedNow) {
      log.info({ idop, status: operation.status }, 'banque de démonstration : opération décidée');
      await notify(operation);
      if (operation.status === 'pending' && operation.validatesAt) {
        const timer = setTimeout(
          () => {
            timers.delete(timer);
            void notify(operation);
          },
          Math.max(operation.validatesAt.getTime() - Date.now(), 0) + 50,
        );
        timer.unref();
        timers.add(timer);
      }
    }
    return reply.header('Cache-Control', 'no-store').redirect(backToPortal(operation), 303);
  });
};
