import { stringify } from 'csv-stringify/sync';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Services } from '../trpc/context.ts';
import { attendance, mealCounts } from './service.ts';

/**
 * CSV downloads of the daily lists, for spreadsheets: HTTP because browsers save files from URLs. Staff
 * only, with the same access token as the WebSocket (Authorization: Bearer). Semicolons and a BOM, as
 * French spreadsheet software expects.
 */
export const attendanceCsvRoutes: FastifyPluginAsync<{ services: Services }> = async (app, { services }) => {
  async function requireStaff(request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
    const header = request.headers.authorization;
    const verified = header?.startsWith('Bearer ')
      ? await services.tokens.verify(header.slice(7))
      : undefined;
    if (verified?.principal.kind === 'staff') return true;
    await reply
      .code(verified ? 403 : 401)
      .type('text/plain; charset=utf-8')
      .send('Accès réservé aux agents du service.');
    return false;
  }
  const csv = (reply: FastifyReply, name: string, rows: (string | number | null)[][]) =>
    reply
      .type('text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="${name}"`)
      .header('Cache-Control', 'no-store')
      .send(`\ufeff${stringify(rows, { delimiter: ';' })}`);

  app.get('/files/exports/presence.csv', async (request, reply) => {
    if (!(await requireStaff(request, reply))) return reply;
    const q = z
      .object({ facilityId: z.coerce.number().int().positive(), date: z.iso.date() })
      .safeParse(request.query);
    if (!q.success) return reply.code(400).type('text/plain; charset=utf-8').send('Paramètres invalides.');
    const units = await attendance(services.orm.em.fork(), q.data.facilityId, q.data.date);
    const rows = units.flatMap((u) =>
      u.children.map((c) => [u.unitName, c.lastName, c.firstName, c.schoolLevel, c.className]),
    );
    return csv(reply, `presence-${q.data.date}.csv`, [
      ['Prestation', 'Nom', 'Prénom', 'Niveau', 'Classe'],
      ...rows,
    ]);
  });

  app.get('/files/exports/restauration.csv', async (request, reply) => {
    if (!(await requireStaff(request, reply))) return reply;
    const q = z.object({ from: z.iso.date(), to: z.iso.date() }).safeParse(request.query);
    if (!q.success || q.data.from > q.data.to)
      return reply.code(400).type('text/plain; charset=utf-8').send('Paramètres invalides.');
    const counts = await mealCounts(services.orm.em.fork(), q.data.from, q.data.to);
    return csv(reply, `effectifs-restauration-${q.data.from}.csv`, [
      ['Date', 'Établissement', 'Repas'],
      ...counts.map((c) => [c.date, c.facility, c.meals]),
    ]);
  });
};
