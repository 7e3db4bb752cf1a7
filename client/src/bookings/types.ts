import type { RouterOutputs } from '../trpc/types.ts';

/** What the bookings procedures return, read from the server's router type (never its code). */
export type BookingChild = RouterOutputs['bookings']['children'][number];
export type BookingChoice = RouterOutputs['bookings']['choices'][number];
export type ChoicePeriod = BookingChoice['periods'][number];
export type PlanningView = RouterOutputs['bookings']['planning'];
export type Submission = RouterOutputs['bookings']['submit'];
export type Reservation = RouterOutputs['bookings']['reservations'][number];
export type ReservationLine = Reservation['lines'][number];
