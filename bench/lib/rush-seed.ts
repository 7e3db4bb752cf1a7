import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { addDays, isoWeekday, isPublicHoliday, parisDate } from '@portail/shared/bookings/calendar';
import type { ReservationLineInput } from '@portail/shared/bookings/planning';
import { pino } from 'pino';
import { ChildEntity, FamilyEntity, GuardianEntity } from '../../server/src/accounts/entities.ts';
import { KeyRing } from '../../server/src/auth/keys.ts';
import { AccessTokens } from '../../server/src/auth/tokens.ts';
import { FacilityEntity, PeriodEntity, UnitEntity } from '../../server/src/bookings/entities.ts';
import { openDatabase } from '../../server/src/db/orm.ts';

/**
 * The rush's data, made through the app's own entities: `families` families with one or two children each
 * (alternately), one guardian each with an access token signed as `auth.login` signs them (without argon2),
 * and one facility per scenario (the portal's rush, its burst, the raw baseline…), each with the same units
 * of limited daily capacity and a period open now. Every child has a plan: 10–20 school days in one unit,
 * drawn from a seeded generator so that every scenario (and every run) submits the very same lines.
 */
export type RushFamily = {
  familyId: number;
  guardianId: number;
  token: string;
  children: { childId: number; plan: { unitIndex: number; dates: string[] } }[];
};
export type Scenario = { facilityId: number; periodId: number; unitIds: number[] };
export type RushSeed = { families: RushFamily[]; scenarios: Record<string, Scenario>; capacity: number };

/** A small, seeded generator (mulberry32): the same plans on every run. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const deadline = (daysBefore: number, time: string) => ({ daysBefore, time });
const UNITS = [
  { name: 'Accueil matin', code: 'AM', startTime: '07:30', endTime: '08:30' },
  { name: 'Pause méridienne', code: 'MIDI', startTime: '11:30', endTime: '13:30' },
  { name: 'Accueil soir', code: 'SOIR', startTime: '16:30', endTime: '18:30' },
];

/** The school days every plan draws from: the first `count` at least 3 days ahead (bookable at once). */
export function planDays(count: number, now = new Date()): string[] {
  const days: string[] = [];
  for (let d = addDays(parisDate(now), 3); days.length < count; d = addDays(d, 1))
    if ([1, 2, 4, 5].includes(isoWeekday(d)) && !isPublicHoliday(d)) days.push(d);
  return days;
}

async function createScenario(orm: MikroORM, name: string, capacity: number): Promise<Scenario> {
  const em = orm.em.fork();
  const facility = em.create(FacilityEntity, {
    name: `ALP ${name}`,
    kind: 'alp',
    schoolLevels: ['elementaire'],
    active: true,
  });
  const units = UNITS.map((u, position) =>
    em.create(UnitEntity, {
      facility,
      ...u,
      weekdays: [1, 2, 4, 5],
      dailyCapacity: capacity,
      bookAcceptUntil: deadline(2, '12:00'),
      bookRequestUntil: deadline(1, '09:00'),
      cancelAcceptUntil: deadline(2, '12:00'),
      cancelRequestUntil: deadline(1, '09:00'),
      priceCents: 150,
      includesMeal: u.code === 'MIDI',
      position,
    }),
  );
  const today = parisDate(new Date());
  const period = em.create(PeriodEntity, {
    facility,
    name: `Période ${name}`,
    startDate: today,
    endDate: addDays(today, 120),
    weekdays: [1, 2, 4, 5],
    schoolLevels: ['elementaire'],
    bookingOpensAt: new Date(Date.now() - 60_000),
    bookingClosesAt: new Date(Date.now() + 120 * 86_400_000),
  });
  await em.flush();
  return { facilityId: facility.id, periodId: period.id, unitIds: units.map((u) => u.id) };
}

export async function seedRush(
  url: string,
  options: { families: number; scenarios: string[]; capacity: number; poolDays: number },
): Promise<RushSeed> {
  const orm = await openDatabase(url, pino({ level: 'warn' }));
  try {
    const scenarios: Record<string, Scenario> = {};
    for (const name of options.scenarios) scenarios[name] = await createScenario(orm, name, options.capacity);
    const random = seededRandom(2026);
    const days = planDays(options.poolDays);
    const tokens = new AccessTokens(new KeyRing(orm), 3600);
    const families: RushFamily[] = [];
    const batch = 500;
    for (let start = 0; start < options.families; start += batch) {
      const em = orm.em.fork();
      const made = [];
      for (let i = start; i < Math.min(options.families, start + batch); i++) {
        const family = em.create(FamilyEntity, {
          reference: `RUSH-${i}`,
          addressLine1: `${i} rue de la Rentrée`,
          postalCode: '34000',
          city: 'Montpellier',
        });
        const guardian = em.create(GuardianEntity, {
          family,
          firstName: 'Parent',
          lastName: `Rush${i}`,
          email: `parent-${i}@rush.example`,
        });
        const children = Array.from({ length: 1 + (i % 2) }, (_, k) =>
          em.create(ChildEntity, {
            family,
            firstName: `Enfant${k}`,
            lastName: `Rush${i}`,
            birthDate: '2018-01-01',
            schoolLevel: 'elementaire',
          }),
        );
        made.push({ family, guardian, children });
      }
      await em.flush();
      for (const { family, guardian, children } of made) {
        const signed = await tokens.sign({
          kind: 'guardian',
          guardianId: guardian.id,
          familyId: family.id,
          sessionId: randomUUID(),
        });
        families.push({
          familyId: family.id,
          guardianId: guardian.id,
          token: signed.token,
          children: children.map((child) => {
            const count = 10 + Math.floor(random() * 11);
            const pool = [...days];
            const dates: string[] = [];
            while (dates.length < count)
              dates.push(pool.splice(Math.floor(random() * pool.length), 1)[0] as string);
            return {
              childId: child.id,
              plan: { unitIndex: Math.floor(random() * UNITS.length), dates: dates.sort() },
            };
          }),
        });
      }
    }
    return { families, scenarios, capacity: options.capacity };
  } finally {
    await orm.close();
  }
}

/** The lines a child's plan submits in `scenario`. */
export const linesOf = (
  plan: RushFamily['children'][number]['plan'],
  scenario: Scenario,
): ReservationLineInput[] =>
  plan.dates.map((date) => ({ date, unitId: scenario.unitIds[plan.unitIndex] as number, action: 'book' }));

/** Signs extra sessions for one guardian (the abusive client's tabs). */
export async function signSessions(url: string, family: RushFamily, count: number): Promise<string[]> {
  const orm = await openDatabase(url, pino({ level: 'warn' }));
  try {
    const tokens = new AccessTokens(new KeyRing(orm), 3600);
    const out: string[] = [];
    for (let i = 0; i < count; i++)
      out.push(
        (
          await tokens.sign({
            kind: 'guardian',
            guardianId: family.guardianId,
            familyId: family.familyId,
            sessionId: randomUUID(),
          })
        ).token,
      );
    return out;
  } finally {
    await orm.close();
  }
}
