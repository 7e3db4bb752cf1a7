import { z } from 'zod';
import { staffProcedure } from '../trpc/procedures.ts';
import { router } from '../trpc/trpc.ts';
import { DateRange } from './range.ts';
import { attendance, mealCounts, occupancy } from './service.ts';

/** The field's lists and the occupancy board (staff). */
export const attendanceRouter = router({
  occupancy: staffProcedure
    .input(z.object({ facilityId: z.number().int().positive(), from: z.iso.date(), to: z.iso.date() }))
    .query(({ ctx, input }) => occupancy(ctx.em, input.facilityId, input.from, input.to)),
  presence: staffProcedure
    .input(z.object({ facilityId: z.number().int().positive(), date: z.iso.date() }))
    .query(({ ctx, input }) => attendance(ctx.em, input.facilityId, input.date)),
  meals: staffProcedure.input(DateRange).query(({ ctx, input }) => mealCounts(ctx.em, input.from, input.to)),
});
