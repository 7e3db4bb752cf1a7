import { describe, expect, it } from 'vitest';
import { addDays, frenchPublicHolidays, isoWeek, isoWeekday, mondayOf, parisDate } from './calendar.ts';

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
});
