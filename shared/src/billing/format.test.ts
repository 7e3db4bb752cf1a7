import { describe, expect, it } from 'vitest';
import { formatAmount, formatDateFr, formatDatesCompact, formatEuros, formatMonthFr } from './format.ts';
import { addMonths, monthBounds } from './months.ts';

describe('formatEuros', () => {
  it('writes French amounts with a no-break space before the euro sign', () => {
    expect(formatEuros(1250)).toBe('12,50\u00a0€');
    expect(formatEuros(0)).toBe('0,00\u00a0€');
    expect(formatEuros(5)).toBe('0,05\u00a0€');
    expect(formatEuros(100)).toBe('1,00\u00a0€');
  });

  it('groups thousands with a no-break space and writes credits with a minus', () => {
    expect(formatEuros(123456)).toBe('1\u00a0234,56\u00a0€');
    expect(formatEuros(100000000)).toBe('1\u00a0000\u00a0000,00\u00a0€');
    expect(formatEuros(-1250)).toBe('-12,50\u00a0€');
  });

  it('refuses what is not a whole number of cents', () => {
    expect(() => formatEuros(12.5)).toThrow(RangeError);
  });
});

describe('formatAmount', () => {
  it('writes amounts for spreadsheets, with a decimal comma and no grouping', () => {
    expect(formatAmount(1250)).toBe('12,50');
    expect(formatAmount(123456)).toBe('1234,56');
    expect(formatAmount(-7)).toBe('-0,07');
  });
});

describe('dates and months', () => {
  it('writes the billed days compactly', () => {
    expect(formatDatesCompact(['2026-12-10', '2026-12-07', '2026-12-08'])).toBe('07, 08, 10/12');
    expect(formatDatesCompact(['2026-12-02', '2026-11-28', '2026-11-30'])).toBe('28, 30/11, 02/12');
    expect(formatDatesCompact([])).toBe('');
  });

  it('writes months and dates in French', () => {
    expect(formatMonthFr('2026-12')).toBe('décembre 2026');
    expect(formatMonthFr('2027-02')).toBe('février 2027');
    expect(formatDateFr('2027-01-15')).toBe('15/01/2027');
  });

  it('moves across years and bounds a month, leap years included', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(monthBounds('2028-02')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
    expect(monthBounds('2026-12')).toEqual({ first: '2026-12-01', last: '2026-12-31' });
  });
});
