import { read, trpc } from '../trpc/client.ts';
import { createQuery } from '../trpc/query.ts';
import type { RouterOutputs } from '../trpc/types.ts';

export type MyAccount = RouterOutputs['account']['get'];
export type Child = MyAccount['family']['children'][number];

/** «Mon compte»: the signed-in guardian and the whole family. */
export const createMyAccount = () =>
  createQuery(() => read((options) => trpc.account.get.query(undefined, options)));
