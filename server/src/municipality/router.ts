import type { Municipality } from '@portail/shared/municipality/schema';
import { AppError } from '../trpc/errors.ts';
import { publicProcedure, router } from '../trpc/trpc.ts';
import { MunicipalityEntity } from './entities.ts';

export const municipalityRouter = router({
  /** The S.E.J.'s contact card. */
  get: publicProcedure.query(async ({ ctx }): Promise<Municipality> => {
    const m = await ctx.em.findOne(MunicipalityEntity, { id: { $gt: 0 } }, { orderBy: { id: 'asc' } });
    if (!m) throw new AppError('UNAVAILABLE', { devMessage: 'no municipality row: seed or configure one' });
    return {
      name: m.name,
      serviceName: m.serviceName,
      address: m.address,
      phone: m.phone,
      email: m.email,
      openingHours: m.openingHours,
      website: m.website ?? null,
    };
  }),
});
