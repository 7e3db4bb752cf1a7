import { read, trpc } from '../trpc/client.ts';
import { createQuery, createSourcedQuery } from '../trpc/query.ts';
import type { RouterInputs, RouterOutputs } from '../trpc/types.ts';

export type RequestFilters = RouterInputs['requests']['list'];
export type RequestLine = RouterOutputs['requests']['list'][number];
export type DecisionInput = RouterInputs['requests']['decide'];
export type Setup = RouterOutputs['setup']['get'];

/** «Demandes à traiter», read again whenever a filter changes. */
export const createRequests = (filters: () => RequestFilters) =>
  createSourcedQuery(filters, (input) => read((options) => trpc.requests.list.query(input, options)));

/** The facilities and their units, for the filters. */
export const createSetup = () =>
  createQuery(() => read((options) => trpc.setup.get.query(undefined, options)));

export const decide = (input: DecisionInput) => trpc.requests.decide.mutate(input);
