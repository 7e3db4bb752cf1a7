import { documentsRouter } from './documents/router.ts';
import { municipalityRouter } from './municipality/router.ts';
import { router } from './trpc/trpc.ts';

export const appRouter = router({
  documents: documentsRouter,
  municipality: municipalityRouter,
});

export type AppRouter = typeof appRouter;
