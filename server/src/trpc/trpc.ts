import type { EntityManager } from '@mikro-orm/postgresql';
import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import type { Context } from './context.ts';
import { AppError, appErrorCodes } from './errors.ts';

const t = initTRPC.context<Context>().create({
  // The single place where errors become what the client reads: an AppError keeps its code and French text,
  // invalid input says so, anything else is logged and reported without internals.
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    if (cause instanceof AppError) {
      return {
        ...shape,
        message: cause.userMessage,
        data: { ...shape.data, appCode: cause.code, stack: undefined },
      };
    }
    if (cause instanceof ZodError) {
      return {
        ...shape,
        message: appErrorCodes.BAD_INPUT.message,
        data: {
          ...shape.data,
          appCode: 'BAD_INPUT',
          issues: cause.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
          stack: undefined,
        },
      };
    }
    if (error.code === 'INTERNAL_SERVER_ERROR') {
      return {
        ...shape,
        message: appErrorCodes.INTERNAL.message,
        data: { ...shape.data, appCode: 'INTERNAL', stack: undefined },
      };
    }
    return { ...shape, data: { ...shape.data, stack: undefined } };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

const withAppErrors = t.middleware(async ({ next, ctx, path, type }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof AppError) {
      result.error = new TRPCError({
        code: appErrorCodes[cause.code].trpc,
        message: cause.userMessage,
        cause,
      });
    } else if (result.error.code === 'INTERNAL_SERVER_ERROR') {
      ctx.log.error({ err: result.error.cause ?? result.error, path, type }, 'procedure failed');
    }
  }
  return result;
});

/** A fresh identity map per call: the context lives as long as a socket, a unit of work must not. */
const withEntityManager = t.middleware(({ next, ctx }) =>
  next({ ctx: { em: ctx.orm.em.fork() as EntityManager } }),
);

export const publicProcedure = t.procedure.use(withAppErrors).use(withEntityManager);
