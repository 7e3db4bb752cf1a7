import { addDays, isoWeekday, mondayOf, parisDate } from '@portail/shared/bookings/calendar';
import { formatDayShortFr } from '@portail/shared/bookings/labels';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Today in the municipality's calendar, whatever the device's time zone. */
export const today = () => parisDate(new Date());

/** A date from the address bar, if it is one; otherwise `fallback`. */
export const dateOr = (value: string | undefined, fallback: string) =>
  value && isoDate.test(value) && !Number.isNaN(Date.parse(value)) ? value : fallback;

export type BoardWeek = { monday: string; sunday: string; label: string };

/** The week holding `date`: «Semaine du lun. 07/12 au dim. 13/12». */
export function weekOf(date: string): BoardWeek {
  const monday = mondayOf(date);
  const sunday = addDays(monday, 6);
  return { monday, sunday, label: `Semaine du ${formatDayShortFr(monday)} au ${formatDayShortFr(sunday)}` };
}

/** The days of the week starting `monday` that fall on one of `weekdays` (ISO, 1 Monday … 7 Sunday). */
export function daysOf(monday: string, weekdays: Iterable<number>): string[] {
  const wanted = new Set(weekdays);
  return [0, 1, 2, 3, 4, 5, 6].map((n) => addDays(monday, n)).filter((d) => wanted.has(isoWeekday(d)));
}
