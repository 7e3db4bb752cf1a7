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

/**
 * A new unit's form: what only the admin can know left empty, the four delays prefilled with the common
 * practice (J−2 at noon accepted, J−1 at 9:00 on request), to change as needed.
 */
export function newUnitForm(): UnitForm {
  const accepted = { daysBefore: '2', time: '12:00' };
  const requested = { daysBefore: '1', time: '09:00' };
  return {
    name: '',
    code: '',
    startTime: '',
    endTime: '',
    weekdays: [],
    dailyCapacity: '',
    price: '',
    includesMeal: false,
    bookAcceptUntil: { ...accepted },
    bookRequestUntil: { ...requested },
    cancelAcceptUntil: { ...accepted },
    cancelRequestUntil: { ...requested },
  };
}

export function validateUnit(form: UnitForm, ids: { id?: number; facilityId: number; position: number }) {
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
