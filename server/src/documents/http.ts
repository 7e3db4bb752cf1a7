import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { AppError } from '../trpc/errors.ts';
import { readPublishedDocument } from './service.ts';

const Params = z.object({ id: z.uuid() });

/** Downloads go over HTTP: browsers save, cache and open files from URLs, not from WebSocket frames. */
export const documentFilesRoutes: FastifyPluginAsync<{ orm: MikroORM }> = async (app, { orm }) => {
  app.get('/files/documents/:id', async (request, reply) => {
    const params = Params.safeParse(request.params);
    if (!params.success)
      return reply.code(404).type('text/plain; charset=utf-8').send('Document introuvable');
    try {
      const file = await readPublishedDocument(orm.em.fork(), params.data.id, new Date());
      return reply
        .type(file.mimeType)
        .header('Content-Disposition', contentDisposition(file.fileName))
        .header('Cache-Control', 'private, max-age=3600')
        .header('X-Content-Type-Options', 'nosniff')
        .send(Buffer.from(file.content));
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND') {
        return reply.code(404).type('text/plain; charset=utf-8').send('Document introuvable');
      }
      throw error;
    }
  });
};

/** `inline` so a PDF opens in the phone's viewer; RFC 6266 filename* keeps accents intact. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
