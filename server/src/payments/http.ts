import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { Services } from '../trpc/context.ts';
import { applyResult } from './apply.ts';
import { paymentDeps } from './deps.ts';
import { PaymentEntity } from './entities.ts';
import { ProviderError } from './provider.ts';
import { sandboxBankRoutes } from './sandbox-http.ts';

const BODY_LIMIT = 16 * 1024;
const idOpPattern = /^[A-Za-z0-9-]{1,64}$/;

const formOf = (request: FastifyRequest): Record<string, string> =>
  (request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded') &&
  typeof request.body === 'string'
    ? Object.fromEntries(new URLSearchParams(request.body))
    : {};

/**
 * What the bank calls: the server-to-server notification (POST /banque/notification: PayFiP's form field
 * `idop`, or the demo bank's signed JSON) and the parent's return (GET or POST /paiement/retour?idop=…).
 * Both only say «look at operation X»: `applyResult` reads the result from the bank itself. With the demo
 * bank, its pages are served here too. Bodies are kept raw (the signature covers the exact bytes); this
 * scope's parsers do not reach the rest of the app.
 */
export const paymentRoutes: FastifyPluginAsync<{ services: Services }> = async (app, { services }) => {
  const deps = paymentDeps(services);
  const { log, orm } = services;
  app.removeContentTypeParser(['application/json']);
  for (const type of ['application/json', 'application/x-www-form-urlencoded']) {
    app.addContentTypeParser(type, { parseAs: 'string', bodyLimit: BODY_LIMIT }, (_req, body, done) =>
      done(null, body),
    );
  }

  app.post('/banque/notification', async (request, reply) => {
    const contentType = request.headers['content-type'] ?? '';
    // The demo bank signs JSON; PayFiP posts a form. Each bank reads only its own kind.
    const provider = contentType.startsWith('application/json')
      ? deps.providers.get('sandbox')
      : (deps.providers.get('payfip') ?? deps.providers.get('sandbox'));
    const reading = await provider?.readNotification({
      contentType,
      rawBody: typeof request.body === 'string' ? request.body : '',
      form: formOf(request),
      headers: request.headers,
    });
    const text = (status: number, body: string) =>
      reply.code(status).type('text/plain; charset=utf-8').send(body);
    if (!provider || !reading?.ok) {
      log.warn(
        { ip: request.ip, reason: reading?.ok === false ? reading.reason : 'no provider' },
        'paiement : notification refusée',
      );
      return text(400, 'Notification refusée.');
    }
    const em = orm.em.fork() as EntityManager;
    const payment = await em.findOne(PaymentEntity, { providerOperationId: reading.operationId });
    if (payment && payment.provider !== provider.kind) {
      log.warn(
        { ip: request.ip, paymentId: payment.id },
        'paiement : notification d’une autre banque, refusée',
      );
      return text(400, 'Notification refusée.');
    }
    try {
      await applyResult(deps, reading.operationId, 'notification');
    } catch (error) {
      if (!(error instanceof ProviderError)) throw error;
      log.warn(
        { err: error, operationId: reading.operationId },
        'paiement : la banque n’a pas pu être interrogée',
      );
      return text(503, 'Résultat indisponible, réessayez plus tard.');
    }
    // Unknown operations are acknowledged too (and logged by applyResult): nothing to retry.
    return text(200, 'OK');
  });

  const backFromBank = async (request: FastifyRequest) => {
    const query = request.query as { idop?: unknown };
    const idop = typeof query.idop === 'string' ? query.idop : formOf(request).idop;
    if (!idop || !idOpPattern.test(idop)) return '/factures';
    try {
      await applyResult(deps, idop, 'return');
    } catch (error) {
      // The page says «en attente»; the notification or the reconciliation job will bring the answer.
      log.warn({ err: error, idop }, 'paiement : résultat illisible au retour du parent');
    }
    const payment = await (orm.em.fork() as EntityManager).findOne(PaymentEntity, {
      providerOperationId: idop,
    });
    return payment ? `/factures?paiement=${encodeURIComponent(payment.reference)}` : '/factures';
  };
  app.get('/paiement/retour', async (request, reply) =>
    reply.header('Cache-Control', 'no-store').redirect(await backFromBank(request), 303),
  );
  app.post('/paiement/retour', async (request, reply) =>
    reply.header('Cache-Control', 'no-store').redirect(await backFromBank(request), 303),
  );

  if (services.config.payments.provider === 'sandbox') await app.register(sandboxBankRoutes, { services });
};
