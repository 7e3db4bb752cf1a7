import {
  FamilyId,
  FamilyInput,
  GuardianId,
  SearchFamiliesInput,
  UpdateFamilyInput,
} from '@portail/shared/families/schema';
import { staffProcedure } from '../trpc/procedures.ts';
import { router } from '../trpc/trpc.ts';
import { createFamily, getFamily, resendActivation, searchFamilies, updateFamily } from './service.ts';

const actorOf = (staff: { staffId: number }) => ({ kind: 'staff' as const, id: staff.staffId });

/** Staff console, «Familles»: agents and admins keep the families' files. */
export const familiesRouter = router({
  search: staffProcedure
    .input(SearchFamiliesInput)
    .query(({ ctx, input }) => searchFamilies(ctx.em, input.query)),
  get: staffProcedure.input(FamilyId).query(({ ctx, input }) => getFamily(ctx.em, input.familyId)),
  create: staffProcedure
    .input(FamilyInput)
    .mutation(({ ctx, input }) => createFamily(ctx.em, ctx, input, actorOf(ctx.staff), new Date())),
  update: staffProcedure
    .input(UpdateFamilyInput)
    .mutation(({ ctx, input: { familyId, ...input } }) =>
      updateFamily(ctx.em, ctx, familyId, input, actorOf(ctx.staff), new Date()),
    ),
  resendActivation: staffProcedure.input(GuardianId).mutation(async ({ ctx, input }) => {
    await resendActivation(ctx.em, ctx, input.guardianId, actorOf(ctx.staff), new Date());
    return { ok: true };
  }),
});
