import { parisInstant } from '@portail/shared/bookings/calendar';
import type { SchoolLevel } from '@portail/shared/bookings/schema';
import { PeriodSetupInput } from '@portail/shared/bookings/setup';
import { check } from './form.ts';
import { type Period, parisParts } from './format.ts';

export type PeriodForm = {
  name: string;
  startDate: string;
  endDate: string;
  weekdays: number[];
  schoolLevels: SchoolLevel[];
  opensDate: string;
  opensTime: string;
  closesDate: string;
  closesTime: string;
};

export function periodFormOf(period: Period | undefined, levels: SchoolLevel[]): PeriodForm {
  if (!period) {
    return {
      name: '',
      startDate: '',
      endDate: '',
      weekdays: [],
      schoolLevels: [...levels],
      opensDate: '',
      opensTime: '08:00',
      closesDate: '',
      closesTime: '18:00',
    };
  }
  const opens = parisParts(period.bookingOpensAt);
  const closes = parisParts(period.bookingClosesAt);
  return {
    name: period.name,
    startDate: period.startDate,
    endDate: period.endDate,
    weekdays: [...period.weekdays],
    schoolLevels: [...period.schoolLevels],
    opensDate: opens.date,
    opensTime: opens.time,
    closesDate: closes.date,
    closesTime: closes.time,
  };
}

/** A date and a time read in Paris, as the instant the server stores; left invalid for the schema to refuse. */
function instant(date: string, time: string): string {
  try {
    return parisInstant(date, time).toISOString();
  } catch {
    return '';
  }
}

export function validatePeriod(form: PeriodForm, ids: { id?: number; facilityId: number }) {
  return check(PeriodSetupInput, {
    ...ids,
    name: form.name,
    startDate: form.startDate,
    endDate: form.endDate,
    weekdays: [...form.weekdays].sort((a, b) => a - b),
    schoolLevels: form.schoolLevels,
    bookingOpensAt: instant(form.opensDate, form.opensTime),
    bookingClosesAt: instant(form.closesDate, form.closesTime),
  });
}
