import { MunicipalityInput } from '@portail/shared/municipality/schema';
import { adminProcedure, publicProcedure } from '../trpc/procedures.ts';
import { router } from '../trpc/trpc.ts';
import { loadMunicipality, saveMunicipality } from './service.ts';

export const municipalityRouter = router({
  /** The S.E.J.'s contact card. */
  get: publicProcedure.query(({ ctx }) => loadMunicipality(ctx.em)),
  /** An admin's corrections; parents' pages read the new card at their next start or reconnection. */
  update: adminProcedure.input(MunicipalityInput).mutation(async ({ ctx, input }) => {
    await saveMunicipality(ctx.em, input);
    return loadMunicipality(ctx.em);
  }),
});
