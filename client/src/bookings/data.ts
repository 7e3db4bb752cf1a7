import { sendSubmission } from '../offline/outboxStore.ts';
import { createCachedQuery } from '../offline/query.ts';
import { sources } from '../offline/sources.ts';

/**
 * The reads and the one write of the parents' bookings pages; the family is the session's. The reads are kept
 * on the device (offline/), so the pages open offline on the last data read.
 */
export const createChildren = () => createCachedQuery(sources.children);

export const createChoices = (childId: number) => createCachedQuery(sources.choices(childId));

export const createPlanning = (childId: number, periodId: number) =>
  createCachedQuery(sources.planning(childId, periodId));

export const createReservations = () => createCachedQuery(sources.reservations);

/**
 * «Confirmer la réservation». Its id makes a retry harmless. Without an answer (offline, socket gone, too slow)
 * ReservationFlow hands it to the outbox, which sends it again by itself (offline/outbox.ts).
 */
export const submitReservation = sendSubmission;
