import type { AppRouter } from '@portail/server/router';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

/** What each procedure takes and returns, read from the server's router type (never its code). */
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export type SignedIn = RouterOutputs['auth']['login'];
export type Profile = SignedIn['profile'];
