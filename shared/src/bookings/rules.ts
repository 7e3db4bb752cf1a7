import type { LineState, ReservationState } from './schema.ts';

/**
 * A reservation's state follows from its lines': pending while staff still have a request to decide, then
 * accepted, refused, or partial when only some lines were refused.
 */
export function reservationStateOf(lines: readonly LineState[]): ReservationState {
  if (lines.length === 0) throw new Error('a reservation has at least one line');
  if (lines.includes('requested')) return 'pending';
  if (lines.every((state) => state === 'refused')) return 'refused';
  return lines.includes('refused') ? 'partial' : 'accepted';
}
