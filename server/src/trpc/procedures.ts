import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from './errors.ts';
import { rateLimited } from './rate-limit.ts';
import { baseProcedure, middleware } from './trpc.ts';

/** A family id that came from the session, never from the client: services that take one trust it. */
export type AuthorizedFamilyId = number & { readonly __brand: 'AuthorizedFamilyId' };

const withEntityManager = middleware(({ next, ctx }) =>
  // A fresh identity map per call: the context lives as long as a socket, a unit of work must not.
  next({ ctx: { em: ctx.orm.em.fork() as EntityManager } }),
);

const signedIn = middleware(({ next, ctx }) => {
  if (!ctx.principal) {
    throw new AppError('UNAUTHENTICATED', {
      userMessage: ctx.tokenRejected ? 'Votre session a expiré. Veuillez vous reconnecter.' : undefined,
    });
  }
  return next({ ctx: { principal: ctx.principal } });
});

const guardian = signedIn.unstable_pipe(({ next, ctx }) => {
  if (ctx.principal.kind !== 'guardian') throw new AppError('FORBIDDEN');
  return next({
    ctx: { guardian: ctx.principal, familyId: ctx.principal.familyId as AuthorizedFamilyId },
  });
});

const staff = signedIn.unstable_pipe(({ next, ctx }) => {
  if (ctx.principal.kind !== 'staff') throw new AppError('FORBIDDEN');
  return next({ ctx: { staff: ctx.principal } });
});

const admin = staff.unstable_pipe(({ next, ctx }) => {
  if (ctx.staff.role !== 'admin') throw new AppError('FORBIDDEN');
  return next();
});

/**
 * The chain every procedure starts from: public → signed in → guardian of a family / staff → admin. Rate
 * limits come first, so that a refused call costs neither a unit of work nor the parsing of its input.
 */
export const publicProcedure = baseProcedure.use(rateLimited).use(withEntityManager);
export const signedInProcedure = publicProcedure.use(signedIn);
export const guardianProcedure = publicProcedure.use(guardian);
export const staffProcedure = publicProcedure.use(staff);
export const adminProcedure = publicProcedure.use(admin);
/**
 * For subscriptions, which live as long as their socket: no `em` in their context, since a fork held that
 * long would keep its identity map and unit of work per subscriber. They fork `orm.em` only while they read.
 * Rate limits apply as to every call (and cap the subscriptions open on one socket).
 */
export const signedInSubscription = baseProcedure.use(rateLimited).use(signedIn);
