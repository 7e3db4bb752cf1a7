import { RemoveDocumentInput, UpdateDocumentInput } from '@portail/shared/documents/schema';
import { publicProcedure, staffProcedure } from '../trpc/procedures.ts';
import { router } from '../trpc/trpc.ts';
import { listAllDocuments, listPublishedDocuments, removeDocument, updateDocument } from './service.ts';

/** Uploads go over HTTP (`POST /files/documents`, see upload.ts): a file is a multipart body, not a frame. */
export const documentsRouter = router({
  /** Guide §1: the downloads anyone may read, before signing in. */
  listPublic: publicProcedure.query(({ ctx }) => listPublishedDocuments(ctx.em, new Date())),
  /** Staff's list: scheduled and expired documents too, with their status today. */
  listAll: staffProcedure.query(({ ctx }) => listAllDocuments(ctx.em, new Date())),
  update: staffProcedure.input(UpdateDocumentInput).mutation(async ({ ctx, input }) => {
    await updateDocument(ctx.em, input);
    ctx.log.info({ documentId: input.id, staffId: ctx.staff.staffId }, 'document modifié');
  }),
  /** For good, bytes included: a document withdrawn by mistake is uploaded again. */
  remove: staffProcedure.input(RemoveDocumentInput).mutation(async ({ ctx, input }) => {
    await removeDocument(ctx.em, input.id);
    ctx.log.info({ documentId: input.id, staffId: ctx.staff.staffId }, 'document supprimé');
  }),
});
