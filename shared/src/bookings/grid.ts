import { cellStatus } from './availability.ts';
import { addDays, isoWeekday } from './calendar.ts';
import { cellIconLabels } from './labels.ts';
import type { PlanningContext, ReservationLineInput, UnitRules } from './planning.ts';
import { cellOf, type Decision, decideBooking, decideCancellation } from './rules.ts';
import type { LineAction, RequestReason } from './schema.ts';

/*
 * The planning grid (guide §4 and §5): what each cell shows, what a click does, and the multi-day selections.
 * The parent's unsent changes are a draft: a plain record, so that it can be a Solid store and be saved to
 * IndexedDB on every click as it is.
 */

/** `${date}|${unitId}` → the change the parent ticked and has not confirmed yet. */
export type Draft = Readonly<Record<string, LineAction>>;
export type DateRange = { from: string; to: string };

export const draftKey = (date: string, unitId: number) => `${date}|${unitId}`;

export type CellIcon =
  | 'closed'
  | 'locked'
  | 'free'
  | 'booked'
  | 'requested'
  | 'cancel_requested'
  | 'draft_book_accepted'
  | 'draft_book_requested'
  | 'draft_cancel_accepted'
  | 'draft_cancel_requested';

/**
 * `label` is the cell's tooltip and accessible name: the closed day's label, the refusal when the period
 * cannot be booked at all, else the legend's words. `reason` says why a draft will be a request.
 */
export type CellView = { icon: CellIcon; clickable: boolean; label: string; reason: RequestReason | null };

const view = (icon: CellIcon, clickable: boolean, reason: RequestReason | null = null): CellView => ({
  icon,
  clickable,
  label: cellIconLabels[icon],
  reason,
});

function draftView(action: LineAction, decision: Decision): CellView | null {
  if (decision.kind === 'refused') return null;
  const book = action === 'book';
  if (decision.kind === 'accepted') return view(book ? 'draft_book_accepted' : 'draft_cancel_accepted', true);
  return view(book ? 'draft_book_requested' : 'draft_cancel_requested', true, decision.reason);
}

/**
 * What a cell shows at `now`. A draft change the rules would now refuse (its deadline passed since it was
 * ticked) is ignored: the cell shows the planning as it is, and `pruneDraft` drops the change. A booked
 * cell past its cancellation deadline stays « booked », not clickable.
 */
export function cellView(
  ctx: PlanningContext,
  date: string,
  unit: UnitRules,
  draft: Draft,
  now: Date,
): CellView {
  const status = cellStatus(ctx, date, unit);
  if (!status.open) return { ...view('closed', false), label: status.label };
  const action = draft[draftKey(date, unit.id)];
  if (action) {
    const decide = action === 'book' ? decideBooking : decideCancellation;
    const shown = draftView(action, decide(ctx, date, unit, now));
    if (shown) return shown;
  }
  const cell = cellOf(ctx, date, unit.id);
  if (cell) {
    // Only a booked cell can change (be cancelled); a pending request waits for staff.
    const cancellable =
      cell.state === 'booked' && decideCancellation(ctx, date, unit, now).kind !== 'refused';
    return view(cell.state, cancellable);
  }
  const decision = decideBooking(ctx, date, unit, now);
  if (decision.kind !== 'refused') return view('free', true);
  const locked = view('locked', false);
  return decision.code === 'locked' ? locked : { ...locked, label: decision.message };
}

/**
 * A click: free → book; booked → cancel; a ticked change → removed (the icon disappears, guide §4).
 * A cell that is not clickable leaves the draft as it is (the same object).
 */
export function toggleCell(
  ctx: PlanningContext,
  draft: Draft,
  date: string,
  unit: UnitRules,
  now: Date,
): Draft {
  const shown = cellView(ctx, date, unit, draft, now);
  if (!shown.clickable) return draft;
  const key = draftKey(date, unit.id);
  if (shown.icon.startsWith('draft_')) {
    const next = { ...draft };
    delete next[key];
    return next;
  }
  // Free or booked; a stale change under it (see cellView) is replaced by what the click means now.
  return { ...draft, [key]: shown.icon === 'booked' ? 'cancel' : 'book' };
}

/** Dates of the period, within `range` when given (the displayed week), on which `unit` can be booked. */
export function bookableDays(ctx: PlanningContext, unit: UnitRules, now: Date, range?: DateRange): string[] {
  const { startDate, endDate } = ctx.period;
  const from = range && range.from > startDate ? range.from : startDate;
  const to = range && range.to < endDate ? range.to : endDate;
  const days: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    if (decideBooking(ctx, date, unit, now).kind !== 'refused') days.push(date);
  }
  return days;
}

/**
 * « Sélection automatique des jours »: ticks a booking on every bookable day of `scope` (the period, or the
 * displayed week) falling on one of `weekdays` (ISO, 1 Monday … 7 Sunday). It only adds: what the parent
 * ticked by hand stays. With every weekday it is « Sélectionnez les jours de la période / affichés ».
 */
export function applyWeekdays(
  ctx: PlanningContext,
  draft: Draft,
  unit: UnitRules,
  weekdays: readonly number[],
  scope: DateRange,
  now: Date,
): Draft {
  const added = bookableDays(ctx, unit, now, scope)
    .filter((date) => weekdays.includes(isoWeekday(date)))
    .map((date) => draftKey(date, unit.id))
    .filter((key) => !(key in draft));
  if (added.length === 0) return draft;
  return { ...draft, ...Object.fromEntries(added.map((key) => [key, 'book' as const])) };
}

function parseKey(key: string): { date: string; unitId: number } {
  const [date = '', unitId] = key.split('|');
  return { date, unitId: Number(unitId) };
}

/**
 * The draft without the changes the rules now refuse (a deadline passed, the cell was decided meanwhile,
 * a unit is gone): to run when a saved draft is reopened, and when fresh data arrives.
 */
export function pruneDraft(ctx: PlanningContext, draft: Draft, now: Date): Draft {
  const stale = Object.entries(draft).filter(([key, action]) => {
    const { date, unitId } = parseKey(key);
    const unit = ctx.units.find((u) => u.id === unitId);
    const decide = action === 'book' ? decideBooking : decideCancellation;
    return !unit || decide(ctx, date, unit, now).kind === 'refused';
  });
  if (stale.length === 0) return draft;
  const next = { ...draft };
  for (const [key] of stale) delete next[key];
  return next;
}

/** The lines « Confirmer la réservation » sends: by date, then in the grid's order of units. */
export function draftLines(ctx: PlanningContext, draft: Draft): ReservationLineInput[] {
  const position = (unitId: number) =>
    ctx.units.find((u) => u.id === unitId)?.position ?? Number.MAX_SAFE_INTEGER;
  return Object.entries(draft)
    .map(([key, action]) => ({ ...parseKey(key), action }))
    .sort((a, b) => (a.date === b.date ? position(a.unitId) - position(b.unitId) : a.date < b.date ? -1 : 1));
}
