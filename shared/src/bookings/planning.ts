import { z } from 'zod';
import {
  type BookingState,
  LineAction,
  type LineState,
  type RequestReason,
  type SchoolLevel,
} from './schema.ts';

/**
 * What the rules need to know of a planning, as the server sends it (`bookings.planning`) and as the PWA keeps
 * it in IndexedDB. Plain data only: the same pure functions run on both sides.
 */
export type Deadline = { daysBefore: number; time: string };

export type UnitRules = {
  id: number;
  name: string;
  code: string;
  startTime: string;
  endTime: string;
  /** ISO weekdays, 1 Monday … 7 Sunday. */
  weekdays: number[];
  dailyCapacity: number;
  bookAcceptUntil: Deadline;
  bookRequestUntil: Deadline;
  cancelAcceptUntil: Deadline;
  cancelRequestUntil: Deadline;
  position: number;
};

export type PeriodRules = {
  id: number;
  name: string;
  startDate: string;
  endDate: string;
  weekdays: number[];
  schoolLevels: SchoolLevel[];
  /** ISO instants. */
  bookingOpensAt: string;
  bookingClosesAt: string;
};

export type ClosureRules = { startDate: string; endDate: string; reason: string };

/** The child's current cell, from the `booking` table. */
export type BookedCell = { date: string; unitId: number; state: BookingState; reservationNumber: string };

/** Places held (booked or cancel_requested) per unit and day, every family counted. */
export type Occupancy = { date: string; unitId: number; taken: number };

export type PlanningContext = {
  childLevel: SchoolLevel;
  period: PeriodRules;
  units: UnitRules[];
  closures: ClosureRules[];
  cells: BookedCell[];
  occupancy: Occupancy[];
};

export const ReservationLineInput = z.object({
  date: z.iso.date(),
  unitId: z.number().int().positive(),
  action: LineAction,
});
export type ReservationLineInput = z.infer<typeof ReservationLineInput>;

/** «Confirmer la réservation». `clientMutationId` makes a resent submission harmless. */
export const SubmitReservationInput = z.object({
  clientMutationId: z.uuid(),
  childId: z.number().int().positive(),
  periodId: z.number().int().positive(),
  lines: z.array(ReservationLineInput).min(1, 'Sélectionnez au moins une date.').max(400),
});
export type SubmitReservationInput = z.infer<typeof SubmitReservationInput>;

/** What became of one submitted line: recorded as accepted or requested, or refused with the reason. */
export type LineOutcome = {
  date: string;
  unitId: number;
  action: LineAction;
  state: LineState;
  requestReason: RequestReason | null;
  /** French, naming the date and the unit, when the line was refused. */
  message: string | null;
};
