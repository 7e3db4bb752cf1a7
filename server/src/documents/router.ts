import { publicProcedure } from '../trpc/procedures.ts';
import { router } from '../trpc/trpc.ts';
import { listPublishedDocuments } from './service.ts';

export const documentsRouter = router({
  /** Guide §1: the downloads anyone may read, before signing in. */
  listPublic: publicProcedure.query(({ ctx }) => listPublishedDocuments(ctx.em, new Date())),
});
