import { StaffAccountInput, StaffDisabledInput, StaffRoleInput } from '@portail/shared/accounts/schema';
import { adminProcedure, staffProcedure } from '../trpc/procedures.ts';
import { router } from '../trpc/trpc.ts';
import { createStaffAccount, listStaff, setStaffDisabled, setStaffRole } from './service.ts';

/** «Équipe du service»: staff read the list; admins add accounts, change their role, disable or enable them. */
export const staffAccountsRouter = router({
  list: staffProcedure.query(({ ctx }) => listStaff(ctx.em)),
  create: adminProcedure.input(StaffAccountInput).mutation(async ({ ctx, input }) => {
    const actor = { kind: 'staff' as const, id: ctx.staff.staffId };
    const { id } = await ctx.em.transactional((tx) => createStaffAccount(tx, ctx, input, new Date(), actor));
    void ctx.mailer.deliver();
    return { id };
  }),
  setRole: adminProcedure.input(StaffRoleInput).mutation(async ({ ctx, input }) => {
    await setStaffRole(ctx.em, { kind: 'staff', id: ctx.staff.staffId }, input);
    return { ok: true };
  }),
  setDisabled: adminProcedure.input(StaffDisabledInput).mutation(async ({ ctx, input }) => {
    await setStaffDisabled(ctx.em, { kind: 'staff', id: ctx.staff.staffId }, input, new Date());
    return { ok: true };
  }),
});
