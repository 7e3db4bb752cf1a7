import { z } from 'zod';
import { AppError } from '../trpc/errors.ts';
import { staffProcedure } from '../trpc/procedures.ts';
import { router } from '../trpc/trpc.ts';
import { MailMessageEntity } from './entities.ts';

const PAGE = 50;

/** «Courriels envoyés»: every mail the portal sent or kept, newest first. */
export const mailRouter = router({
  list: staffProcedure
    .input(
      z.object({ before: z.number().int().positive().optional(), to: z.string().trim().max(254).optional() }),
    )
    .query(async ({ ctx, input }) => {
      const rows = await ctx.em.find(
        MailMessageEntity,
        {
          ...(input.before ? { id: { $lt: String(input.before) } } : {}),
          ...(input.to ? { to: { $ilike: `%${input.to}%` } } : {}),
        },
        {
          orderBy: { id: 'desc' },
          limit: PAGE,
          fields: ['id', 'kind', 'to', 'subject', 'status', 'createdAt', 'sentAt'],
        },
      );
      return rows.map((m) => ({
        id: Number(m.id),
        kind: m.kind,
        to: m.to,
        subject: m.subject,
        status: m.status,
        createdAt: m.createdAt.toISOString(),
        sentAt: m.sentAt?.toISOString() ?? null,
      }));
    }),
  get: staffProcedure.input(z.object({ id: z.number().int().positive() })).query(async ({ ctx, input }) => {
    const m = await ctx.em.findOne(MailMessageEntity, { id: String(input.id) });
    if (!m) throw new AppError('NOT_FOUND');
    return {
      id: Number(m.id),
      to: m.to,
      subject: m.subject,
      // Once a mail has left for the person's mailbox, its link is theirs alone: staff never get to use an
      // activation or reset link. Kept mails (no SMTP: the demo) are the only copy and stay readable.
      text: m.status === 'sent' ? m.text.replace(/#[\w-]{43}/g, '#…') : m.text,
      status: m.status,
      createdAt: m.createdAt.toISOString(),
    };
  }),
});
