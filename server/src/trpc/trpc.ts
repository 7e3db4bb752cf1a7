import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError, z } from 'zod';
import type { Context } from './context.ts';
import { AppError, appErrorCodes } from './errors.ts';

// Messages of zod's own checks (types, bounds) in French, like ours.
z.config(z.locales.fr());

const t = initTRPC.context<Context>().create({
  // The single place where errors become what the client reads: an AppError keeps its code and French text,
  // invalid input says which fields, anything else is reported without internals.
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const data = { ...shape.data, stack: undefined };
    if (cause instanceof AppError) {
      return { ...shape, message: cause.userMessage, data: { ...data, appCode: cause.code } };
    }
    if (cause instanceof ZodError) {
      const issues = cause.issues.map((i) => ({ path: i.path.map(String), message: i.message }));
      return {
        ...shape,
        message: appErrorCodes.BAD_INPUT.message,
        data: { ...data, appCode: 'BAD_INPUT', issues },
      };
    }
    if (error.code === 'INTERNAL_SERVER_ERROR') {
      return { ...shape, message: appErrorCodes.INTERNAL.message, data: { ...data, appCode: 'INTERNAL' } };
    }
    return { ...shape, data };
  },
});

/** An AppError with its tRPC code (hence HTTP status); the formatter above gives the client its text. */
export const trpcErrorOf = (error: AppError) =>
  new TRPCError({ code: appErrorCodes[error.code].trpc, message: error.userMessage, cause: error });

/** Gives an AppError its tRPC code and logs what nobody expected. */
const withAppErrors = t.middleware(async ({ next, ctx, path, type }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof AppError) {
      result.error = trpcErrorOf(cause);
    } else if (result.error.code === 'INTERNAL_SERVER_ERROR') {
      ctx.log.error({ err: result.error.cause ?? result.error, path, type }, 'procedure failed');
    }
  }
  return result;
});

export const router = t.router;
export const middleware = t.middleware;
export const createCallerFactory = t.createCallerFactory;
/** Only `procedures.ts` builds on this; features use the procedures it exports. */
export const baseProcedure = t.procedure.use(withAppErrors);
