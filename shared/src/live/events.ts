import type { LineAction, LineState, ReservationState } from '../bookings/schema.ts';

/**
 * What the live channel carries. Each event is small: enough for an open page to change in place and to say
 * what changed; a page that needs more reads it again.
 */
export type LiveEvent =
  | {
      type: 'reservation.submitted';
      reservationId: number;
      number: string;
      childId: number;
      state: ReservationState;
      requested: number;
    }
  | {
      type: 'reservation.decided';
      reservationId: number;
      number: string;
      childId: number;
      state: ReservationState;
      lines: {
        lineId: number;
        date: string;
        unitId: number;
        unitName: string;
        action: LineAction;
        state: LineState;
        reason: string | null;
      }[];
    }
  | { type: 'occupancy.changed'; cells: { unitId: number; date: string }[] }
  | { type: 'payment.updated'; paymentId: number; reference: string; state: string }
  | { type: 'invoice.issued'; invoiceId: number; number: string }
  | { type: 'invoice.cancelled'; invoiceId: number; number: string }
  | { type: 'document.published'; documentId: string }
  | { type: 'menu.published'; facilityId: number | null; weekOf: string }
  /** The client was too far behind (events pruned) or too slow: it reads its data again. */
  | { type: 'reload'; reason: 'too_far_behind' | 'too_slow' };

export type LiveEventType = LiveEvent['type'];

/** An event as delivered, with its id (the `lastEventId` a reconnecting client sends back). */
export type DeliveredEvent = { id: string; at: string; event: LiveEvent };
