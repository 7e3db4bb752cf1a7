import { addDays, isoWeekday, mondayOf } from '@portail/shared/bookings/calendar';
import { formatDayShortFr } from '@portail/shared/bookings/labels';
import type { PeriodRules } from '@portail/shared/bookings/planning';

/** One page of the planning: the period's days of one week (closed ones too, to say why). */
export type Week = { monday: string; days: string[]; label: string; range: { from: string; to: string } };

/** The period's weeks, each with the days the period runs on (its weekdays, within its dates). */
export function weeksOf(period: PeriodRules): Week[] {
  const lastWeekday = Math.max(5, ...period.weekdays);
  const weeks: Week[] = [];
  for (let monday = mondayOf(period.startDate); monday <= period.endDate; monday = addDays(monday, 7)) {
    const end = addDays(monday, lastWeekday - 1);
    const days: string[] = [];
    for (let date = monday; date <= end; date = addDays(date, 1)) {
      const inPeriod = date >= period.startDate && date <= period.endDate;
      if (inPeriod && period.weekdays.includes(isoWeekday(date))) days.push(date);
    }
    if (days.length === 0) continue;
    weeks.push({
      monday,
      days,
      label: `Semaine du ${formatDayShortFr(monday)} au ${formatDayShortFr(end)}`,
      range: { from: monday, to: addDays(monday, 6) },
    });
  }
  return weeks;
}
