import { describe, expect, it } from 'vitest';
import {
  addDays,
  deadlineInstant,
  frenchPublicHolidays,
  isoWeek,
  isoWeekday,
  mondayOf,
  parisDate,
  parisInstant,
  publicHolidayName,
} from './calendar.ts';

const iso = (d: Date) => d.toISOString();

describe('calendar', () => {
  it('adds days across months, years and daylight-saving changes', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('numbers weekdays and weeks the ISO way', () => {
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(isoWeek('2026-01-01')).toBe(1);
    expect(isoWeek('2027-01-01')).toBe(53);
    expect(isoWeek('2026-03-12')).toBe(11);
  });

  it('gives the date in France, not in UTC', () => {
    expect(parisDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(parisDate(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
  });

  it('knows the movable holidays', () => {
    const h = frenchPublicHolidays(2026);
    expect(h.get('2026-04-06')).toBe('Lundi de Pâques');
    expect(h.get('2026-05-14')).toBe('Ascension');
    expect(h.get('2026-05-25')).toBe('Lundi de Pentecôte');
    expect(frenchPublicHolidays(2025).has('2025-04-21')).toBe(true);
    expect(h.size).toBe(11);
  });

  // Easter Sunday: 2019-04-21, 2024-03-31, 2025-04-20, 2027-03-28, 2028-04-16, 2038-04-25 (latest possible).
  it.each([
    [2019, '2019-04-22', '2019-05-30', '2019-06-10'],
    [2024, '2024-04-01', '2024-05-09', '2024-05-20'],
    [2025, '2025-04-21', '2025-05-29', '2025-06-09'],
    [2027, '2027-03-29', '2027-05-06', '2027-05-17'],
    [2028, '2028-04-17', '2028-05-25', '2028-06-05'],
    [2038, '2038-04-26', '2038-06-03', '2038-06-14'],
  ])('names Easter Monday, Ascension and Pentecost Monday of %i', (_, easterMonday, ascension, pentecost) => {
    expect(publicHolidayName(easterMonday)).toBe('Lundi de Pâques');
    expect(publicHolidayName(ascension)).toBe('Ascension');
    expect(publicHolidayName(pentecost)).toBe('Lundi de Pentecôte');
    expect(publicHolidayName(addDays(easterMonday, -1))).toBeUndefined(); // Easter Sunday is no weekday holiday
  });

  it('names the fixed holidays and nothing else', () => {
    expect(publicHolidayName('2027-07-14')).toBe('Fête nationale');
    expect(publicHolidayName('2026-11-11')).toBe('Armistice 1918');
    expect(publicHolidayName('2026-11-12')).toBeUndefined();
  });
});

describe('parisInstant', () => {
  it('reads a time in winter as UTC+1 and in summer as UTC+2', () => {
    expect(iso(parisInstant('2026-01-15', '12:00'))).toBe('2026-01-15T11:00:00.000Z');
    expect(iso(parisInstant('2026-07-15', '00:00'))).toBe('2026-07-14T22:00:00.000Z');
  });

  it('changes offset on the last Sunday of March (2026-03-29, 2027-03-28)', () => {
    expect(iso(parisInstant('2026-03-28', '12:00'))).toBe('2026-03-28T11:00:00.000Z');
    expect(iso(parisInstant('2026-03-29', '01:59'))).toBe('2026-03-29T00:59:00.000Z');
    expect(iso(parisInstant('2026-03-29', '12:00'))).toBe('2026-03-29T10:00:00.000Z');
    expect(iso(parisInstant('2027-03-27', '12:00'))).toBe('2027-03-27T11:00:00.000Z');
    expect(iso(parisInstant('2027-03-28', '12:00'))).toBe('2027-03-28T10:00:00.000Z');
  });

  it('takes a time in the skipped hour as the first instant after it, 03:00 summer time', () => {
    expect(iso(parisInstant('2026-03-29', '02:00'))).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(parisInstant('2026-03-29', '02:30'))).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(parisInstant('2026-03-29', '03:00'))).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(parisInstant('2027-03-28', '02:59'))).toBe('2027-03-28T01:00:00.000Z');
  });

  it('changes back on the last Sunday of October (2026-10-25, 2027-10-31)', () => {
    expect(iso(parisInstant('2026-10-24', '12:00'))).toBe('2026-10-24T10:00:00.000Z');
    expect(iso(parisInstant('2026-10-25', '12:00'))).toBe('2026-10-25T11:00:00.000Z');
    expect(iso(parisInstant('2027-10-30', '12:00'))).toBe('2027-10-30T10:00:00.000Z');
    expect(iso(parisInstant('2027-10-31', '12:00'))).toBe('2027-10-31T11:00:00.000Z');
  });

  it('takes a time of the repeated hour at its first occurrence, still summer time', () => {
    expect(iso(parisInstant('2026-10-25', '02:30'))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(parisInstant('2026-10-25', '03:00'))).toBe('2026-10-25T02:00:00.000Z');
    expect(iso(parisInstant('2027-10-31', '02:00'))).toBe('2027-10-31T00:00:00.000Z');
  });

  it('gives the same answer again (cached) without sharing the Date', () => {
    const first = parisInstant('2026-05-04', '09:00');
    first.setTime(0);
    expect(iso(parisInstant('2026-05-04', '09:00'))).toBe('2026-05-04T07:00:00.000Z');
  });

  it('refuses what is not a date and a time HH:MM', () => {
    expect(() => parisInstant('2026-02-30', '12:00')).toThrow(RangeError);
    expect(() => parisInstant('2026-03-01', '24:00')).toThrow(RangeError);
    expect(() => parisInstant('2026-03-01', '9:00')).toThrow(RangeError);
    expect(() => parisInstant('01/03/2026', '09:00')).toThrow(RangeError);
  });
});

describe('deadlineInstant', () => {
  it('counts calendar days back, then reads the time in Paris on that day', () => {
    // J−2 at 12:00 for Monday 30 March 2026: Saturday, winter time; for Tuesday 31: Sunday, summer time.
    expect(iso(deadlineInstant('2026-03-30', { daysBefore: 2, time: '12:00' }))).toBe(
      '2026-03-28T11:00:00.000Z',
    );
    expect(iso(deadlineInstant('2026-03-31', { daysBefore: 2, time: '12:00' }))).toBe(
      '2026-03-29T10:00:00.000Z',
    );
    expect(iso(deadlineInstant('2026-10-27', { daysBefore: 2, time: '12:00' }))).toBe(
      '2026-10-25T11:00:00.000Z',
    );
    expect(iso(deadlineInstant('2026-03-02', { daysBefore: 3, time: '10:00' }))).toBe(
      '2026-02-27T09:00:00.000Z',
    );
    expect(iso(deadlineInstant('2026-03-02', { daysBefore: 0, time: '00:00' }))).toBe(
      '2026-03-01T23:00:00.000Z',
    );
  });
});
