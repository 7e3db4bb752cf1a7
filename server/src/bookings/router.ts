import { SubmitReservationInput } from '@portail/shared/bookings/planning';
import {
  ClosureSetupInput,
  FacilitySetupInput,
  PeriodSetupInput,
  UnitSetupInput,
} from '@portail/shared/bookings/setup';
import { z } from 'zod';
import { adminProcedure, guardianProcedure, staffProcedure } from '../trpc/procedures.ts';
import { router } from '../trpc/trpc.ts';
import { bookingChoices, familyChildren, familyReservations, planningView } from './queries.ts';
import { decideRequests, listRequests } from './requests.ts';
import { deleteClosure, loadSetup, saveClosure, saveFacility, savePeriod, saveUnit } from './setup.ts';
import { submitReservation } from './submit.ts';

const ChildId = z.object({ childId: z.number().int().positive() });

/** Parents' side (guide §4 and §5): the family comes from the session, never from the input. */
export const bookingsRouter = router({
  children: guardianProcedure.query(({ ctx }) => familyChildren(ctx.em, ctx.familyId)),
  choices: guardianProcedure
    .input(ChildId)
    .query(({ ctx, input }) => bookingChoices(ctx.em, ctx.familyId, input.childId, new Date())),
  planning: guardianProcedure
    .input(ChildId.extend({ periodId: z.number().int().positive() }))
    .query(({ ctx, input }) =>
      planningView(ctx.em, ctx.familyId, ctx.guardian.guardianId, input, new Date()),
    ),
  submit: guardianProcedure
    .input(SubmitReservationInput)
    .mutation(({ ctx, input }) => submitReservation(ctx.em, ctx.familyId, ctx.guardian.guardianId, input)),
  reservations: guardianProcedure.query(({ ctx }) => familyReservations(ctx.em, ctx.familyId)),
});

/** Staff: «Demandes à traiter». */
export const requestsRouter = router({
  list: staffProcedure
    .input(
      z.object({
        facilityId: z.number().int().positive().optional(),
        date: z.iso.date().optional(),
        unitId: z.number().int().positive().optional(),
        childId: z.number().int().positive().optional(),
      }),
    )
    .query(({ ctx, input }) => listRequests(ctx.em, input)),
  decide: staffProcedure
    .input(
      z.object({
        lineIds: z.array(z.number().int().positive()).min(1).max(500),
        decision: z.enum(['accept', 'refuse']),
        reason: z.string().trim().max(500).optional(),
        overrideCapacity: z.boolean().optional(),
      }),
    )
    .mutation(({ ctx, input }) => decideRequests(ctx.em, ctx.staff.staffId, input, new Date())),
});

/** Admin: facilities, units, periods and closures. */
export const setupRouter = router({
  get: staffProcedure.query(({ ctx }) => loadSetup(ctx.em)),
  saveFacility: adminProcedure
    .input(FacilitySetupInput)
    .mutation(({ ctx, input }) => saveFacility(ctx.em, input)),
  saveUnit: adminProcedure.input(UnitSetupInput).mutation(({ ctx, input }) => saveUnit(ctx.em, input)),
  savePeriod: adminProcedure.input(PeriodSetupInput).mutation(({ ctx, input }) => savePeriod(ctx.em, input)),
  saveClosure: adminProcedure
    .input(ClosureSetupInput)
    .mutation(({ ctx, input }) => saveClosure(ctx.em, input)),
  deleteClosure: adminProcedure
    .input(z.object({ id: z.number().int().positive() }))
    .mutation(async ({ ctx, input }) => {
      await deleteClosure(ctx.em, input.id);
      return { ok: true };
    }),
});
