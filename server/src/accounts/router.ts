import { ChangeEmailInput, ChangePasswordInput, ChangePhoneInput } from '@portail/shared/families/schema';
import { guardianProcedure } from '../trpc/procedures.ts';
import { router } from '../trpc/trpc.ts';
import { requestEmailChange } from './links.ts';
import { changePassword, changePhone, myAccount, verifiedGuardian } from './service.ts';

/** «Mon compte», for guardians. */
export const accountRouter = router({
  get: guardianProcedure.query(({ ctx }) => myAccount(ctx.em, ctx.guardian, ctx.familyId)),
  changePassword: guardianProcedure.input(ChangePasswordInput).mutation(async ({ ctx, input }) => {
    await changePassword(ctx.em, ctx.guardian, input, ctx.ip, new Date());
    return { ok: true };
  }),
  requestEmailChange: guardianProcedure.input(ChangeEmailInput).mutation(async ({ ctx, input }) => {
    const account = await verifiedGuardian(ctx.em, ctx.guardian, input.password);
    await requestEmailChange(ctx.em, ctx, account, input.newEmail, new Date());
    await ctx.em.flush();
    void ctx.mailer.deliver();
    return { ok: true };
  }),
  changePhone: guardianProcedure.input(ChangePhoneInput).mutation(async ({ ctx, input }) => {
    await changePhone(ctx.em, ctx.guardian, input.phone, ctx.ip);
    return { ok: true };
  }),
});
