import { read, trpc } from '../trpc/client.ts';
import { createSourcedQuery } from '../trpc/query.ts';
import type { RouterInputs, RouterOutputs } from '../trpc/types.ts';

export type OccupancyInput = RouterInputs['attendance']['occupancy'];
export type Occupancy = RouterOutputs['attendance']['occupancy'];
export type PresenceInput = RouterInputs['attendance']['presence'];
export type Presence = RouterOutputs['attendance']['presence'];
export type MealsInput = RouterInputs['attendance']['meals'];
export type Meals = RouterOutputs['attendance']['meals'];

/** The reads of the occupancy board and the daily lists; none while `input` is undefined (no facility yet). */
export const createOccupancy = (input: () => OccupancyInput | undefined) =>
  createSourcedQuery(input, (i) => read((options) => trpc.attendance.occupancy.query(i, options)));

export const createPresence = (input: () => PresenceInput | undefined) =>
  createSourcedQuery(input, (i) => read((options) => trpc.attendance.presence.query(i, options)));

export const createMeals = (input: () => MealsInput | undefined) =>
  createSourcedQuery(input, (i) => read((options) => trpc.attendance.meals.query(i, options)));
