import type { Deadline } from './planning.ts';

/**
 * Calendar dates are 'YYYY-MM-DD' strings, as PostgreSQL `date` columns are read. Arithmetic runs on UTC
 * midnights so that no time zone or daylight-saving change ever shifts a day.
 */
const DAY_MS = 86_400_000;
const toUtc = (date: string) => new Date(`${date}T00:00:00Z`);
const fromUtc = (d: Date) => d.toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return fromUtc(new Date(toUtc(date).getTime() + days * DAY_MS));
}

/** ISO 8601 weekday: 1 Monday … 7 Sunday, as units and periods list their weekdays. */
export function isoWeekday(date: string): number {
  return toUtc(date).getUTCDay() || 7;
}

export function mondayOf(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** ISO 8601 week number (« Semaines 11 à 13 »): week 1 holds the year's first Thursday. */
export function isoWeek(date: string): number {
  const thursday = toUtc(addDays(date, 4 - isoWeekday(date)));
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.floor((thursday.getTime() - yearStart) / DAY_MS / 7) + 1;
}

const parisDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The date it is in France at `instant`: the municipality's calendar, whatever the server's time zone. */
export function parisDate(instant: Date): string {
  return parisDay.format(instant);
}

const MINUTE_MS = 60_000;
const parisClock = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Paris',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** What the clocks in Paris show at `ms`, written as the UTC instant with the same fields. */
function parisWallClock(ms: number): number {
  const field: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of parisClock.formatToParts(ms)) field[part.type] = Number(part.value);
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = field;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

const parisOffset = (ms: number) => parisWallClock(ms) - ms;

// Every planning cell asks for the same few deadlines again and again: remember them (bounded).
const instants = new Map<string, number>();

/**
 * The instant when the clocks in Paris show `time` ('HH:MM') on `date`, with the Intl time-zone data only.
 * On the spring change the skipped hour (02:00–02:59) gives the first instant after it, 03:00 summer
 * time; in autumn the repeated hour gives its first occurrence, still in summer time, so that a deadline
 * never moves later than the hour the parent read.
 */
export function parisInstant(date: string, time: string): Date {
  const key = `${date}T${time}`;
  const known = instants.get(key);
  if (known !== undefined) return new Date(known);
  const wanted = Date.parse(`${key}:00Z`);
  // The round trip refuses what Date.parse would roll over (30 February, 24:00).
  if (Number.isNaN(wanted) || new Date(wanted).toISOString().slice(0, 16) !== key) {
    throw new RangeError(`Not a date and a time 'HH:MM': ${date} ${time}`);
  }
  // The offsets a day either side are those before and after any change near `wanted` (Paris changes
  // twice a year), so each gives a candidate; a candidate is right when Paris shows `wanted` at it.
  const candidates = [wanted - parisOffset(wanted - DAY_MS), wanted - parisOffset(wanted + DAY_MS)];
  const valid = candidates.filter((ms) => parisWallClock(ms) === wanted);
  const ms = valid.length > 0 ? Math.min(...valid) : firstMinuteShowing(wanted, candidates);
  if (instants.size >= 4096) instants.clear();
  instants.set(key, ms);
  return new Date(ms);
}

/** In a skipped hour: the first minute between the candidates whose wall clock is already past `wanted`. */
function firstMinuteShowing(wanted: number, candidates: number[]): number {
  let before = Math.min(...candidates); // shows a time before `wanted`
  let after = Math.max(...candidates); // shows a time after it
  while (after - before > MINUTE_MS) {
    const middle = before + Math.floor((after - before) / MINUTE_MS / 2) * MINUTE_MS;
    if (parisWallClock(middle) >= wanted) after = middle;
    else before = middle;
  }
  return after;
}

/** « Jusqu'à J−n à HH:MM » for the day `date`: the instant from which the deadline has passed. */
export function deadlineInstant(date: string, deadline: Deadline): Date {
  return parisInstant(addDays(date, -deadline.daysBefore), deadline.time);
}

/** Easter Sunday (Gregorian calendar, anonymous algorithm), from which the movable holidays follow. */
function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Metropolitan France's public holidays of `year`, date → name; nothing can be booked on them. */
export function frenchPublicHolidays(year: number): Map<string, string> {
  const easter = easterSunday(year);
  return new Map([
    [`${year}-01-01`, "Jour de l'an"],
    [addDays(easter, 1), 'Lundi de Pâques'],
    [`${year}-05-01`, 'Fête du Travail'],
    [`${year}-05-08`, 'Victoire 1945'],
    [addDays(easter, 39), 'Ascension'],
    [addDays(easter, 50), 'Lundi de Pentecôte'],
    [`${year}-07-14`, 'Fête nationale'],
    [`${year}-08-15`, 'Assomption'],
    [`${year}-11-01`, 'Toussaint'],
    [`${year}-11-11`, 'Armistice 1918'],
    [`${year}-12-25`, 'Noël'],
  ]);
}

// The planning grid asks for every cell: compute each year's holidays once.
const holidaysByYear = new Map<number, ReadonlyMap<string, string>>();

/** The holiday's name (« Lundi de Pâques »), or undefined on a working day. */
export function publicHolidayName(date: string): string | undefined {
  const year = Number(date.slice(0, 4));
  let holidays = holidaysByYear.get(year);
  if (!holidays) {
    holidays = frenchPublicHolidays(year);
    holidaysByYear.set(year, holidays);
  }
  return holidays.get(date);
}

export function isPublicHoliday(date: string): boolean {
  return publicHolidayName(date) !== undefined;
}
