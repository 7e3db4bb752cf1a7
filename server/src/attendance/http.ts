import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { csvReply, requireStaff, textReply } from '../http/downloads.ts';
import type { Services } from '../trpc/context.ts';
import { DateRange } from './range.ts';
import { attendance, mealCounts } from './service.ts';

/**
 * CSV downloads of the daily lists, for spreadsheets: HTTP because browsers save files from URLs. Staff
 * only, with the same access token as the WebSocket (Authorization: Bearer). Semicolons and a BOM, as
 * French spreadsheet software expects.
 */
export const attendanceCsvRoutes: FastifyPluginAsync<{ services: Services }> = async (app, { services }) => {
  app.get('/files/exports/presence.csv', async (request, reply) => {
    if (!(await requireStaff(services, request, reply))) return reply;
    const q = z
      .object({ facilityId: z.coerce.number().int().positive(), date: z.iso.date() })
      .safeParse(request.query);
    if (!q.success) return textReply(reply, 400, 'Paramètres invalides.');
    const units = await attendance(services.orm.em.fork(), q.data.facilityId, q.data.date);
    const rows = units.flatMap((u) =>
      u.children.map((c) => [u.unitName, c.lastName, c.firstName, c.schoolLevel, c.className]),
    );
    return csvReply(reply, `presence-${q.data.date}.csv`, [
      ['Prestation', 'Nom', 'Prénom', 'Niveau', 'Classe'],
      ...rows,
    ]);
  });

  app.get('/files/exports/restauration.csv', async (request, reply) => {
    if (!(await requireStaff(services, request, reply))) return reply;
    const q = DateRange.safeParse(request.query);
    if (!q.success) return textReply(reply, 400, q.error.issues[0]?.message ?? 'Paramètres invalides.');
    const counts = await mealCounts(services.orm.em.fork(), q.data.from, q.data.to);
    return csvReply(reply, `effectifs-restauration-${q.data.from}.csv`, [
      ['Date', 'Établissement', 'Repas'],
      ...counts.map((c) => [c.date, c.facility, c.meals]),
    ]);
  });
};
