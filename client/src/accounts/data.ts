import { createCachedQuery } from '../offline/query.ts';
import { sources } from '../offline/sources.ts';
import type { RouterOutputs } from '../trpc/types.ts';

export type MyAccount = RouterOutputs['account']['get'];
export type Child = MyAccount['family']['children'][number];

/** «Mon compte»: the signed-in guardian and the whole family; kept on the device, so «Vos enfants» shows offline. */
export const createMyAccount = () => createCachedQuery(sources.account);
