import { UnitSetupInput } from '@portail/shared/bookings/setup';
import type { DeadlineRow } from './DeadlineFields.tsx';
import { check, fromCents, toCents, toInt } from './form.ts';
import type { Unit } from './format.ts';

export const deadlineKeys = [
  'bookAcceptUntil',
  'bookRequestUntil',
  'cancelAcceptUntil',
  'cancelRequestUntil',
] as const;
export type DeadlineKey = (typeof deadlineKeys)[number];

export type UnitForm = {
  name: string;
  code: string;
  startTime: string;
  endTime: string;
  weekdays: number[];
  dailyCapacity: string;
  price: string;
  includesMeal: boolean;
} & Record<DeadlineKey, DeadlineRow>;

export function unitFormOf(unit: Unit & { priceCents: number; includesMeal: boolean }): UnitForm {
  const row = (d: { daysBefore: number; time: string }) => ({
    daysBefore: String(d.daysBefore),
    time: d.time,
  });
  return {
    name: unit.name,
    code: unit.code,
    startTime: unit.startTime,
    endTime: unit.endTime,
    weekdays: [...unit.weekdays],
    dailyCapacity: String(unit.dailyCapacity),
    price: fromCents(unit.priceCents),
    includesMeal: unit.includesMeal,
    bookAcceptUntil: row(unit.bookAcceptUntil),
    bookRequestUntil: row(unit.bookRequestUntil),
    cancelAcceptUntil: row(unit.cancelAcceptUntil),
    cancelRequestUntil: row(unit.cancelRequestUntil),
  };
}

export function validateUnit(form: UnitForm, ids: { id: number; facilityId: number; position: number }) {
  const deadline = (row: DeadlineRow) => ({ daysBefore: toInt(row.daysBefore), time: row.time });
  return check(UnitSetupInput, {
    ...ids,
    name: form.name,
    code: form.code,
    startTime: form.startTime,
    endTime: form.endTime,
    weekdays: [...form.weekdays].sort((a, b) => a - b),
    dailyCapacity: toInt(form.dailyCapacity),
    priceCents: toCents(form.price),
    includesMeal: form.includesMeal,
    bookAcceptUntil: deadline(form.bookAcceptUntil),
    bookRequestUntil: deadline(form.bookRequestUntil),
    cancelAcceptUntil: deadline(form.cancelAcceptUntil),
    cancelRequestUntil: deadline(form.cancelRequestUntil),
  });
}
