import { publicProcedure } from '../trpc/procedures.ts';
import { router } from '../trpc/trpc.ts';
import { loadMunicipality } from './service.ts';

export const municipalityRouter = router({
  /** The S.E.J.'s contact card. */
  get: publicProcedure.query(({ ctx }) => loadMunicipality(ctx.em)),
});
