import { existsSync } from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { attendanceCsvRoutes } from '../attendance/http.ts';
import { billingFilesRoutes } from '../billing/http.ts';
import { documentFilesRoutes } from '../documents/http.ts';
import { documentUploadRoutes } from '../documents/upload.ts';
import { paymentRoutes } from '../payments/http.ts';
import { type AppRouter, appRouter } from '../router.ts';
import type { Services } from '../trpc/context.ts';
import { httpContext } from '../trpc/create-context.ts';
import { healthRoutes } from './health.ts';

export type AppOptions = { services: Services; clientDist: string };

/** The HTTP side: the PWA's files, `/healthz`, file downloads, and tRPC over HTTP for what needs it. */
export async function buildHttpApp({ services, clientDist }: AppOptions): Promise<FastifyInstance> {
  const { orm, log, config } = services;
  const app = Fastify({
    loggerInstance: log as FastifyBaseLogger,
    // The proxies' own hops, no more (see client-address.ts for the WebSocket's side).
    trustProxy: (_address: string, hop: number) => hop < config.trustProxy,
  });
  await app.register(cookie);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        connectSrc: ["'self'", 'ws:', 'wss:'],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    // Files open in the browser's PDF viewer from our own origin.
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });

  await app.register(healthRoutes, { orm });
  await app.register(documentFilesRoutes, { orm });
  await app.register(documentUploadRoutes, { services });
  await app.register(attendanceCsvRoutes, { services });
  await app.register(paymentRoutes, { services });
  await app.register(billingFilesRoutes, { services });
  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext: ({ req, res }) => httpContext(services, req, res),
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  if (existsSync(path.join(clientDist, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: clientDist,
      wildcard: false,
      // The build writes .br and .gz beside each text file (client/build/precompress.ts).
      preCompressed: true,
      setHeaders(res, filePath) {
        // Hashed build assets never change; the shell and the service worker must always be revalidated.
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        res.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  } else {
    log.warn({ clientDist }, "l'application n'est pas construite : lancez `npm run build`");
  }

  // Client-side routes (and unknown ones, which the app answers with its own 404 page) get the shell;
  // anything that is not a page navigation gets a plain 404.
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
    const isApi = request.url.startsWith('/trpc') || request.url.startsWith('/files/');
    if (wantsPage && !isApi && existsSync(path.join(clientDist, 'index.html'))) {
      return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
    }
    return reply.code(404).type('text/plain; charset=utf-8').send('Page introuvable');
  });

  return app;
}
