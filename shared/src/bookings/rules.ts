import { cellStatus } from './availability.ts';
import { deadlineInstant } from './calendar.ts';
import { refusalMessage, refusalTexts } from './labels.ts';
import type {
  BookedCell,
  Deadline,
  LineOutcome,
  PeriodRules,
  PlanningContext,
  ReservationLineInput,
  UnitRules,
} from './planning.ts';
import type { LineState, RequestReason, ReservationState } from './schema.ts';

/*
 * The processing rules (« options de traitement », « délais de traitement »): the client runs them for the
 * icon a click shows, offline too; the server runs them again, on fresh data, for the decision it records.
 * Type imports only from planning.ts and schema.ts, so that the client bundle carries no zod.
 */

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

export type RefusalCode =
  | 'window_closed'
  | 'level'
  | 'closed'
  | 'locked'
  /** Booking a cell the child already has (booked, or a request pending), or a line repeated. */
  | 'duplicate'
  /** Cancelling a cell whose request (booking or cancellation) staff have not decided yet. */
  | 'pending'
  | 'not_booked'
  | 'unknown_unit';

export type Decision =
  | { kind: 'accepted' }
  | { kind: 'requested'; reason: RequestReason }
  | { kind: 'refused'; code: RefusalCode; message: string };

/** The booking window is [opensAt, closesAt): open at its first instant, closed at its last. */
export function isBookingOpen(period: Pick<PeriodRules, 'bookingOpensAt' | 'bookingClosesAt'>, now: Date) {
  const t = now.getTime();
  return Date.parse(period.bookingOpensAt) <= t && t < Date.parse(period.bookingClosesAt);
}

/**
 * « Jusqu'à J−2 à 12:00 » includes 11:59:59.999 and excludes 12:00:00: a change made at the minute shown is
 * already on the later side of the rule.
 */
export function isBefore(now: Date, date: string, deadline: Deadline): boolean {
  return now.getTime() < deadlineInstant(date, deadline).getTime();
}

export function cellOf(
  ctx: Pick<PlanningContext, 'cells'>,
  date: string,
  unitId: number,
): BookedCell | undefined {
  return ctx.cells.find((c) => c.date === date && c.unitId === unitId);
}

/** Places held that day in the unit by every family (booked or cancel_requested), as the server counted. */
export function takenOn(ctx: Pick<PlanningContext, 'occupancy'>, date: string, unitId: number): number {
  return ctx.occupancy.find((o) => o.date === date && o.unitId === unitId)?.taken ?? 0;
}

type Refuse = (code: RefusalCode, text: string) => Decision;
const refuser =
  (date: string, unit: UnitRules): Refuse =>
  (code, text) => ({ kind: 'refused', code, message: refusalMessage(date, unit.name, text) });

/** What no change can get past, booking or cancelling: the window and a closed cell. */
function closedRefusal(ctx: PlanningContext, date: string, unit: UnitRules, now: Date, refuse: Refuse) {
  if (!isBookingOpen(ctx.period, now))
    return refuse('window_closed', refusalTexts.windowClosed(ctx.period.name));
  const status = cellStatus(ctx, date, unit);
  return status.open ? null : refuse('closed', refusalTexts.closed(status.label));
}

/**
 * Booking a cell: accepted before the accept deadline, a request (late) before the request deadline,
 * refused after. A full day never refuses: before the request deadline it makes a request (full), which
 * staff treat as the waiting list.
 */
export function decideBooking(ctx: PlanningContext, date: string, unit: UnitRules, now: Date): Decision {
  const refuse = refuser(date, unit);
  const closed = closedRefusal(ctx, date, unit, now, refuse);
  if (closed) return closed;
  if (!ctx.period.schoolLevels.includes(ctx.childLevel)) {
    return refuse('level', refusalTexts.level(ctx.period.name, ctx.childLevel));
  }
  const cell = cellOf(ctx, date, unit.id);
  if (cell?.state === 'booked') return refuse('duplicate', refusalTexts.alreadyBooked);
  if (cell?.state === 'requested') return refuse('duplicate', refusalTexts.bookPending);
  if (cell?.state === 'cancel_requested') return refuse('duplicate', refusalTexts.cancelPending);
  if (!isBefore(now, date, unit.bookRequestUntil)) return refuse('locked', refusalTexts.bookLocked);
  if (takenOn(ctx, date, unit.id) >= unit.dailyCapacity) return { kind: 'requested', reason: 'full' };
  if (!isBefore(now, date, unit.bookAcceptUntil)) return { kind: 'requested', reason: 'late' };
  return { kind: 'accepted' };
}

/**
 * Cancelling a booked cell: accepted before the cancel accept deadline, a request (late) before the cancel
 * request deadline, refused after. The child's level is not checked: a place held can always be given up.
 */
export function decideCancellation(ctx: PlanningContext, date: string, unit: UnitRules, now: Date): Decision {
  const refuse = refuser(date, unit);
  const closed = closedRefusal(ctx, date, unit, now, refuse);
  if (closed) return closed;
  const cell = cellOf(ctx, date, unit.id);
  if (!cell) return refuse('not_booked', refusalTexts.notBooked);
  if (cell.state === 'requested') return refuse('pending', refusalTexts.bookPending);
  if (cell.state === 'cancel_requested') return refuse('pending', refusalTexts.cancelPending);
  if (!isBefore(now, date, unit.cancelRequestUntil)) return refuse('locked', refusalTexts.cancelLocked);
  if (!isBefore(now, date, unit.cancelAcceptUntil)) return { kind: 'requested', reason: 'late' };
  return { kind: 'accepted' };
}

function outcomeOf(line: ReservationLineInput, decision: Decision): LineOutcome {
  const { date, unitId, action } = line;
  const base = { date, unitId, action, requestReason: null, message: null };
  if (decision.kind === 'accepted') return { ...base, state: 'accepted' };
  if (decision.kind === 'requested') return { ...base, state: 'requested', requestReason: decision.reason };
  return { ...base, state: 'refused', message: decision.message };
}

/** One submitted line, as « Confirmer la réservation » sends it (the unit given by its id). */
export function decideLine(ctx: PlanningContext, line: ReservationLineInput, now: Date): LineOutcome {
  const unit = ctx.units.find((u) => u.id === line.unitId);
  if (!unit) {
    const message = refusalMessage(line.date, `Prestation n° ${line.unitId}`, refusalTexts.unknownUnit);
    return outcomeOf(line, { kind: 'refused', code: 'unknown_unit', message });
  }
  const decide = line.action === 'book' ? decideBooking : decideCancellation;
  return outcomeOf(line, decide(ctx, line.date, unit, now));
}

/**
 * Every line of a submission, in order. A cell named twice is refused the second time: the lines are
 * decided against the same planning, so the second could not see what the first did.
 */
export function decideLines(
  ctx: PlanningContext,
  lines: readonly ReservationLineInput[],
  now: Date,
): LineOutcome[] {
  const seen = new Set<string>();
  return lines.map((line) => {
    const key = `${line.date}|${line.unitId}`;
    if (!seen.has(key)) {
      seen.add(key);
      return decideLine(ctx, line, now);
    }
    const unitName = ctx.units.find((u) => u.id === line.unitId)?.name ?? `Prestation n° ${line.unitId}`;
    const message = refusalMessage(line.date, unitName, refusalTexts.repeated);
    return outcomeOf(line, { kind: 'refused', code: 'duplicate', message });
  });
}
