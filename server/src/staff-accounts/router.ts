import { StaffAccountInput, StaffDisabledInput } from '@portail/shared/accounts/schema';
import { adminProcedure, staffProcedure } from '../trpc/procedures.ts';
import { router } from '../trpc/trpc.ts';
import { createStaffAccount, listStaff, setStaffDisabled } from './service.ts';

/** «Équipe du service»: staff read the list; admins add accounts and disable or enable them. */
export const staffAccountsRouter = router({
  list: staffProcedure.query(({ ctx }) => listStaff(ctx.em)),
  create: adminProcedure.input(StaffAccountInput).mutation(async ({ ctx, input }) => {
    const actor = { kind: 'staff' as const, id: ctx.staff.staffId };
    const { id } = await ctx.em.transactional((tx) => createStaffAccount(tx, ctx, input, new Date(), actor));
    void ctx.mailer.deliver();
    return { id };
  }),
  setDisabled: adminProcedure.input(StaffDisabledInput).mutation(async ({ ctx, input }) => {
    await setStaffDisabled(ctx.em, { kind: 'staff', id: ctx.staff.staffId }, input, new Date());
    return { ok: true };
  }),
});
