import {
  CheckLinkInput,
  ChoosePasswordInput,
  ConfirmEmailInput,
  LoginInput,
  RequestResetInput,
} from '@portail/shared/auth/schema';
import { choosePassword, confirmEmailChange, describeLink, requestPasswordReset } from '../accounts/links.ts';
import { audit, partyOf } from '../audit/record.ts';
import type { Context } from '../trpc/context.ts';
import { AppError } from '../trpc/errors.ts';
import { publicProcedure, signedInProcedure } from '../trpc/procedures.ts';
import { router } from '../trpc/trpc.ts';
import { findAccount, profileOf } from './accounts.ts';
import { clearRefreshCookie, readRefreshCookie, requireHttp, setRefreshCookie } from './cookie.ts';
import { login, logout, refresh, type SignedIn } from './service.ts';
import { findChainOf, revokeChains } from './sessions.ts';

const callerOf = (ctx: Context) => ({ ip: ctx.ip, userAgent: ctx.userAgent });

/** Hands the refresh token to the cookie and the rest to the page. */
function deliver(ctx: Context, signedIn: SignedIn) {
  setRefreshCookie(ctx, signedIn.refreshToken);
  return {
    accessToken: signedIn.accessToken,
    expiresAt: signedIn.expiresAt.toISOString(),
    profile: signedIn.profile,
  };
}

/** Sign-in, sessions and mailed links. Procedures that touch the cookie are called over HTTP. */
export const authRouter = router({
  login: publicProcedure.input(LoginInput).mutation(async ({ ctx, input }) => {
    requireHttp(ctx);
    return deliver(ctx, await login(ctx.em, ctx.tokens, input, callerOf(ctx), new Date()));
  }),

  refresh: publicProcedure.mutation(async ({ ctx }) => {
    const token = readRefreshCookie(ctx);
    if (!token) throw new AppError('UNAUTHENTICATED');
    try {
      return deliver(ctx, await refresh(ctx.em, ctx.tokens, token, callerOf(ctx), new Date()));
    } catch (error) {
      clearRefreshCookie(ctx);
      throw error;
    }
  }),

  logout: publicProcedure.mutation(async ({ ctx }) => {
    const token = readRefreshCookie(ctx);
    const chain = token ? await findChainOf(ctx.em, token) : undefined;
    if (chain) await logout(ctx.em, chain.chainId, chain.owner, callerOf(ctx), new Date());
    clearRefreshCookie(ctx);
    return { ok: true };
  }),

  /** «Se déconnecter de tous les appareils». */
  logoutEverywhere: signedInProcedure.mutation(async ({ ctx }) => {
    const owner = partyOf(ctx.principal);
    const revoked = await revokeChains(ctx.em, { owner }, new Date());
    audit(ctx.em, 'all_sessions_revoked', { actor: owner, subject: owner, ip: ctx.ip, detail: { revoked } });
    await ctx.em.flush();
    if (ctx.http) clearRefreshCookie(ctx);
    return { ok: true };
  }),

  me: signedInProcedure.query(async ({ ctx }) => {
    const account = await findAccount(ctx.em, partyOf(ctx.principal));
    if (!account) throw new AppError('UNAUTHENTICATED');
    return profileOf(account);
  }),

  checkLink: publicProcedure
    .input(CheckLinkInput)
    .query(({ ctx, input }) => describeLink(ctx.em, input.purpose, input.token, new Date())),

  activate: publicProcedure.input(ChoosePasswordInput).mutation(async ({ ctx, input }) => {
    requireHttp(ctx);
    return deliver(ctx, await choosePassword(ctx.em, ctx, 'activation', input, callerOf(ctx), new Date()));
  }),

  resetPassword: publicProcedure.input(ChoosePasswordInput).mutation(async ({ ctx, input }) => {
    requireHttp(ctx);
    return deliver(
      ctx,
      await choosePassword(ctx.em, ctx, 'password_reset', input, callerOf(ctx), new Date()),
    );
  }),

  requestPasswordReset: publicProcedure.input(RequestResetInput).mutation(async ({ ctx, input }) => {
    await requestPasswordReset(ctx.em, ctx, input.email, callerOf(ctx), new Date());
    return { ok: true };
  }),

  confirmEmailChange: publicProcedure.input(ConfirmEmailInput).mutation(async ({ ctx, input }) => {
    await confirmEmailChange(ctx.em, ctx, input.token, callerOf(ctx), new Date());
    return { ok: true };
  }),
});
