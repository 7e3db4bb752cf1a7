import { z } from 'zod';

export const schoolLevels = ['maternelle', 'elementaire'] as const;
export const SchoolLevel = z.enum(schoolLevels);
export type SchoolLevel = z.infer<typeof SchoolLevel>;

export const schoolLevelLabels: Record<SchoolLevel, string> = {
  maternelle: 'Maternelle',
  elementaire: 'Élémentaire',
};

/** ALP: périscolaire (around the school day); ALE: extrascolaire (Wednesdays and school holidays). */
export const facilityKinds = ['alp', 'ale'] as const;
export const FacilityKind = z.enum(facilityKinds);
export type FacilityKind = z.infer<typeof FacilityKind>;

/** `pending` while some line is requested; `partial` once decided with some line refused. */
export const reservationStates = ['pending', 'accepted', 'partial', 'refused'] as const;
export const ReservationState = z.enum(reservationStates);
export type ReservationState = z.infer<typeof ReservationState>;

/** A cancellation is a reservation whose lines have the action `cancel` (guide §5). */
export const lineActions = ['book', 'cancel'] as const;
export const LineAction = z.enum(lineActions);
export type LineAction = z.infer<typeof LineAction>;

export const lineStates = ['accepted', 'requested', 'refused'] as const;
export const LineState = z.enum(lineStates);
export type LineState = z.infer<typeof LineState>;

/** Why a line waits for staff: past the unit's accept deadline, or the day is full (waiting list). */
export const requestReasons = ['late', 'full'] as const;
export const RequestReason = z.enum(requestReasons);
export type RequestReason = z.infer<typeof RequestReason>;

/**
 * A planning cell: `booked` counts against capacity and is billed; `requested` waits for staff;
 * `cancel_requested` is still booked (and counted) until staff accept the cancellation.
 */
export const bookingStates = ['booked', 'requested', 'cancel_requested'] as const;
export const BookingState = z.enum(bookingStates);
export type BookingState = z.infer<typeof BookingState>;

/** Bookings that hold a place: capacity counts and invoices read these. */
export const placeHoldingStates: readonly BookingState[] = ['booked', 'cancel_requested'];
