import { isoWeekday, publicHolidayName } from './calendar.ts';
import { closedDayLabels } from './labels.ts';
import type { PlanningContext, UnitRules } from './planning.ts';

export type ClosedReason = 'outside_period' | 'weekday' | 'holiday' | 'closure';

/** Whether anything can happen on a day at all, and if not, the label the closed cell shows. */
export type DayStatus = { open: true } | { open: false; reason: ClosedReason; label: string };

const OPEN: DayStatus = { open: true };

/**
 * A day is closed outside the period's dates, on a weekday the period does not run, on a French public
 * holiday and within a closure (both ends included). The first that applies gives the label. The server
 * passes the closures of the period's facility, and those of every facility.
 */
export function dayStatus(ctx: Pick<PlanningContext, 'period' | 'closures'>, date: string): DayStatus {
  const { period } = ctx;
  if (date < period.startDate || date > period.endDate) {
    return { open: false, reason: 'outside_period', label: closedDayLabels.outsidePeriod };
  }
  const weekday = isoWeekday(date);
  if (!period.weekdays.includes(weekday)) {
    return { open: false, reason: 'weekday', label: closedDayLabels.weekday(weekday) };
  }
  const holiday = publicHolidayName(date);
  if (holiday) return { open: false, reason: 'holiday', label: closedDayLabels.holiday(holiday) };
  const closure = ctx.closures.find((c) => c.startDate <= date && date <= c.endDate);
  if (closure) return { open: false, reason: 'closure', label: closedDayLabels.closure(closure.reason) };
  return OPEN;
}

/** A cell (day × unit) is open when the day is and the unit runs on that weekday. */
export function cellStatus(
  ctx: Pick<PlanningContext, 'period' | 'closures'>,
  date: string,
  unit: Pick<UnitRules, 'name' | 'weekdays'>,
): DayStatus {
  const day = dayStatus(ctx, date);
  if (!day.open) return day;
  const weekday = isoWeekday(date);
  if (unit.weekdays.includes(weekday)) return OPEN;
  return { open: false, reason: 'weekday', label: closedDayLabels.unitWeekday(unit.name, weekday) };
}
