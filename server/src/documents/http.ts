import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../trpc/errors.ts';
import { documentContent, findPublishedDocument } from './service.ts';

const Params = z.object({ id: z.uuid() });

/** Downloads go over HTTP: browsers save, cache and open files from URLs, not from WebSocket frames. */
export const documentFilesRoutes: FastifyPluginAsync<{ orm: MikroORM }> = async (app, { orm }) => {
  app.get('/files/documents/:id', async (request, reply) => {
    const params = Params.safeParse(request.params);
    if (!params.success)
      return reply.code(404).type('text/plain; charset=utf-8').send('Document introuvable');
    try {
      const em = orm.em.fork() as EntityManager;
      const doc = await findPublishedDocument(em, params.data.id, new Date());
      // A document's bytes never change under its id (an edit changes only its title, category and dates),
      // so the id is a strong validator: the service worker and browsers revalidate without downloading.
      const etag = `"${doc.id}"`;
      reply
        .header('ETag', etag)
        .header('Last-Modified', doc.createdAt.toUTCString())
        .header('Cache-Control', 'private, max-age=3600')
        .header('X-Content-Type-Options', 'nosniff');
      if (notModified(request, etag, doc.createdAt)) return reply.code(304).send();
      return reply
        .type(doc.mimeType)
        .header('Content-Disposition', contentDisposition(doc.fileName))
        .send(Buffer.from(await documentContent(em, doc)));
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND') {
        return reply.code(404).type('text/plain; charset=utf-8').send('Document introuvable');
      }
      throw error;
    }
  });
};

/** RFC 9110 §13.1: If-None-Match wins over If-Modified-Since; dates compare to the second. */
function notModified(request: FastifyRequest, etag: string, modified: Date): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    return ifNoneMatch
      .split(',')
      .map((tag) => tag.trim().replace(/^W\//, ''))
      .some((tag) => tag === '*' || tag === etag);
  }
  const since = Date.parse(request.headers['if-modified-since'] ?? '');
  return !Number.isNaN(since) && Math.floor(modified.getTime() / 1000) * 1000 <= since;
}

/** `inline` so a PDF opens in the phone's viewer; RFC 6266 filename* keeps accents intact. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `inline; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
