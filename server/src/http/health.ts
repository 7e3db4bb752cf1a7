import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyPluginAsync } from 'fastify';

const DB_TIMEOUT_MS = 2000;

/** `GET /healthz` for load balancers: 200 when the database answers, 503 with the reason otherwise. */
export const healthRoutes: FastifyPluginAsync<{ orm: MikroORM }> = async (app, { orm }) => {
  app.get('/healthz', { logLevel: 'warn' }, async (_request, reply) => {
    try {
      await withTimeout(orm.em.getConnection().execute('select 1'), DB_TIMEOUT_MS);
      return reply.header('Cache-Control', 'no-store').send({ status: 'ok', db: 'ok' });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return reply.code(503).header('Cache-Control', 'no-store').send({ status: 'error', db: reason });
    }
  });
};

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`database did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
