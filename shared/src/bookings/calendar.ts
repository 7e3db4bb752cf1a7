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

export function isPublicHoliday(date: string): boolean {
  return frenchPublicHolidays(Number(date.slice(0, 4))).has(date);
}
