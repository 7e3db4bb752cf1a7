import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays, isoWeek, isoWeekday, isPublicHoliday, mondayOf } from '@portail/shared/bookings/calendar';
import type { FacilityKind, SchoolLevel } from '@portail/shared/bookings/schema';
import { TariffEntity } from '../billing/entities.ts';
import { ClosureEntity, FacilityEntity, PeriodEntity, UnitEntity } from '../bookings/entities.ts';

type Deadline = { daysBefore: number; time: string };
type Rules = { book: [accept: Deadline, request: Deadline]; cancel: [accept: Deadline, request: Deadline] };
const until = (daysBefore: number, time: string): Deadline => ({ daysBefore, time });
const rules = (book: Rules['book'], cancel = book): Rules => ({ book, cancel });

const periscolaire = rules([until(2, '12:00'), until(1, '09:00')]);
// The kitchen orders meals three days ahead.
const meal = rules([until(3, '10:00'), until(2, '10:00')]);
const extrascolaire = rules([until(7, '12:00'), until(3, '12:00')], [until(7, '12:00'), until(2, '12:00')]);

type UnitSpec = {
  code: string;
  name: string;
  hours: string;
  capacity: number;
  /** Full price, then the prices of the three QF brackets, in cents. */
  prices: [full: number, low: number, middle: number, high: number];
  rules: Rules;
  includesMeal: boolean;
};
const spec = (
  code: string,
  name: string,
  hours: string,
  capacity: number,
  prices: UnitSpec['prices'],
  rules: Rules,
  includesMeal = false,
): UnitSpec => ({ code, name, hours, capacity, prices, rules, includesMeal });

const SCHOOL_WEEK = [1, 2, 4, 5]; // the French four-day week: no school on Wednesdays
const QF_BRACKETS: [number | null, number | null][] = [
  [null, 600],
  [601, 1000],
  [1001, null],
];

const alpUnits = (capacity: number) => [
  spec('MATIN', 'Accueil matin', '07:30-08:30', capacity, [150, 60, 100, 140], periscolaire),
  spec('REPAS', 'Restauration', '11:30-13:30', capacity * 2, [420, 150, 280, 380], meal, true),
  spec('SOIR', 'Accueil soir', '16:30-18:30', capacity, [200, 80, 140, 180], periscolaire),
];
const aleUnits = [
  spec('JOUR', 'Journée', '07:30-18:30', 48, [1800, 600, 1100, 1500], extrascolaire, true),
  spec('MATIN', 'Matinée', '07:30-12:00', 16, [700, 250, 450, 600], extrascolaire),
  spec('APM', 'Après-midi', '13:30-18:30', 16, [700, 250, 450, 600], extrascolaire),
  spec('MATREPAS', 'Matinée + repas', '07:30-13:30', 16, [1100, 400, 700, 950], extrascolaire, true),
];

export type DemoFacility = {
  facility: FacilityEntity;
  units: Map<string, UnitEntity>;
  current: PeriodEntity;
  next: PeriodEntity;
};
export type DemoOffer = {
  maternel: DemoFacility;
  elementaire: DemoFacility;
  ale: DemoFacility;
  closures: ClosureEntity[];
};

/**
 * The three facilities with their units and tariffs, and two periods each around `today`: the current one
 * (last week to next week) and the following three weeks, both open for booking.
 */
export async function seedFacilities(em: EntityManager, today: string, now: Date): Promise<DemoOffer> {
  const monday = mondayOf(today);
  const facility = (
    name: string,
    kind: FacilityKind,
    levels: SchoolLevel[],
    units: UnitSpec[],
  ): DemoFacility => {
    const f = em.create(FacilityEntity, { name, kind, schoolLevels: levels });
    const weekdays = kind === 'alp' ? SCHOOL_WEEK : [3]; // ALE in school time: Wednesdays
    const period = (start: string, end: string, opensAt: Date) =>
      em.create(PeriodEntity, {
        facility: f,
        name: `${kind === 'alp' ? 'Semaines' : 'Mercredis, semaines'} ${isoWeek(start)} à ${isoWeek(end)}`,
        startDate: start,
        endDate: end,
        weekdays,
        schoolLevels: levels,
        bookingOpensAt: opensAt,
        bookingClosesAt: new Date(`${end}T18:00:00Z`),
      });
    return {
      facility: f,
      units: new Map(units.map((spec, position) => [spec.code, createUnit(em, f, spec, position)])),
      current: period(addDays(monday, -7), addDays(monday, 11), new Date(now.getTime() - 35 * 86_400_000)),
      next: period(addDays(monday, 14), addDays(monday, 32), new Date(now.getTime() - 2 * 86_400_000)),
    };
  };
  const maternel = facility('ALP Maternel', 'alp', ['maternelle'], alpUnits(30));
  const offer: DemoOffer = {
    maternel,
    elementaire: facility('ALP Élémentaire', 'alp', ['elementaire'], alpUnits(40)),
    ale: facility('ALE Primaire', 'ale', ['maternelle', 'elementaire'], aleUnits),
    closures: [
      em.create(ClosureEntity, {
        facility: maternel.facility,
        startDate: addDays(monday, 8),
        endDate: addDays(monday, 8),
        reason: 'Journée pédagogique de l’école maternelle',
      }),
      em.create(ClosureEntity, {
        facility: null,
        startDate: addDays(monday, 25),
        endDate: addDays(monday, 25),
        reason: 'Fermeture exceptionnelle du service',
      }),
    ],
  };
  await em.flush();
  return offer;
}

function createUnit(
  em: EntityManager,
  facility: FacilityEntity,
  spec: UnitSpec,
  position: number,
): UnitEntity {
  const [full, ...bracketPrices] = spec.prices;
  const unit = em.create(UnitEntity, {
    facility,
    name: spec.name,
    code: spec.code,
    startTime: spec.hours.slice(0, 5),
    endTime: spec.hours.slice(6),
    // ALE units run every weekday; its periods say which (Wednesdays in school time, all in holidays).
    weekdays: facility.kind === 'alp' ? SCHOOL_WEEK : [1, 2, 3, 4, 5],
    dailyCapacity: spec.capacity,
    bookAcceptUntil: spec.rules.book[0],
    bookRequestUntil: spec.rules.book[1],
    cancelAcceptUntil: spec.rules.cancel[0],
    cancelRequestUntil: spec.rules.cancel[1],
    priceCents: full,
    includesMeal: spec.includesMeal,
    position,
  });
  bracketPrices.forEach((priceCents, i) => {
    const [qfMin, qfMax] = QF_BRACKETS[i] ?? [null, null];
    em.create(TariffEntity, { unit, qfMin, qfMax, priceCents });
  });
  return unit;
}

/** The dates of [from, to] on which `unit` runs, skipping public holidays and the facility's closures. */
export function openDates(offer: DemoOffer, unit: UnitEntity, from: string, to: string, weekdays: number[]) {
  const dates: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const closed = offer.closures.some(
      (c) =>
        (c.facility === null || c.facility?.id === unit.facility.id) &&
        c.startDate <= date &&
        date <= c.endDate,
    );
    const runs = unit.weekdays.includes(isoWeekday(date)) && weekdays.includes(isoWeekday(date));
    if (runs && !closed && !isPublicHoliday(date)) dates.push(date);
  }
  return dates;
}

export function unitOf(f: DemoFacility, code: string): UnitEntity {
  const unit = f.units.get(code);
  if (!unit) throw new Error(`demo: no unit ${code} in ${f.facility.name}`);
  return unit;
}
