/**
 * How money, months and billed days are written, in French, the same on screen, in mails, in the PDF and in
 * the accountant's CSV. Zod-free: the client imports this for display.
 *
 * Separators are U+00A0 (no-break space), not the U+202F Intl writes for French: the PDF's standard fonts
 * (WinAnsi) have no glyph for U+202F, and one formatter everywhere keeps the amounts identical.
 */

const NBSP = '\u00a0';

function splitCents(cents: number): { sign: string; units: string; decimals: string } {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not an amount in cents: ${cents}`);
  const abs = Math.abs(cents);
  return {
    sign: cents < 0 ? '-' : '',
    units: String(Math.floor(abs / 100)),
    decimals: String(abs % 100).padStart(2, '0'),
  };
}

/** 1250 → « 12,50 € », 123456 → « 1 234,56 € », −500 → « -5,00 € » (a credit). */
export function formatEuros(cents: number): string {
  const { sign, units, decimals } = splitCents(cents);
  const grouped = units.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return `${sign}${grouped},${decimals}${NBSP}€`;
}

/** 1250 → « 12,50 »: for spreadsheets, which read a decimal comma in French locales, without grouping. */
export function formatAmount(cents: number): string {
  const { sign, units, decimals } = splitCents(cents);
  return `${sign}${units},${decimals}`;
}

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const;

/** '2026-12' → « décembre 2026 ». */
export function formatMonthFr(month: string): string {
  const name = MONTHS[Number(month.slice(5, 7)) - 1];
  if (!name) throw new RangeError(`Not a month: ${month}`);
  return `${name} ${month.slice(0, 4)}`;
}

/** '2026-12-15' → « 15/12/2026 ». */
export function formatDateFr(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/**
 * The billed days of a line, short: « 07, 08, 10/12 »; over two months « 28, 30/11, 02/12 ». The month follows
 * the last day of each month, as a French reader expects.
 */
export function formatDatesCompact(dates: readonly string[]): string {
  const sorted = [...new Set(dates)].sort();
  const byMonth: { month: string; days: string[] }[] = [];
  for (const date of sorted) {
    const month = date.slice(5, 7);
    const last = byMonth.at(-1);
    if (last?.month === month) last.days.push(date.slice(8, 10));
    else byMonth.push({ month, days: [date.slice(8, 10)] });
  }
  return byMonth.map((g) => `${g.days.join(', ')}/${g.month}`).join(', ');
}
