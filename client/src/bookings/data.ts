import type { SubmitReservationInput } from '@portail/shared/bookings/planning';
import { read, trpc } from '../trpc/client.ts';
import { createQuery } from '../trpc/query.ts';

/** The reads and the one write of the parents' bookings pages; the family is the session's. */
export const createChildren = () =>
  createQuery(() => read((options) => trpc.bookings.children.query(undefined, options)));

export const createChoices = (childId: number) =>
  createQuery(() => read((options) => trpc.bookings.choices.query({ childId }, options)));

export const createPlanning = (childId: number, periodId: number) =>
  createQuery(async () => {
    const view = await read((options) => trpc.bookings.planning.query({ childId, periodId }, options));
    return { ...view, receivedAt: Date.now() };
  });

export const createReservations = () =>
  createQuery(() => read((options) => trpc.bookings.reservations.query(undefined, options)));

/** Not wrapped in `read`: a submission must not be abandoned half-way; its id makes a retry harmless. */
export const submitReservation = (input: SubmitReservationInput) => trpc.bookings.submit.mutate(input);
