import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays, isoWeekday, isPublicHoliday, parisDate } from '@portail/shared/bookings/calendar';
import { ChildEntity, FamilyEntity, GuardianEntity, StaffUserEntity } from '../src/accounts/entities.ts';
import { FacilityEntity, PeriodEntity, UnitEntity } from '../src/bookings/entities.ts';
import type { AuthorizedFamilyId } from '../src/trpc/procedures.ts';

/** The first school day (Mon, Tue, Thu, Fri, not a holiday) at least `daysAhead` days from today. */
export function schoolDay(daysAhead: number, now = new Date()): string {
  let date = addDays(parisDate(now), daysAhead);
  while (![1, 2, 4, 5].includes(isoWeekday(date)) || isPublicHoliday(date)) date = addDays(date, 1);
  return date;
}

const deadline = (daysBefore: number, time: string) => ({ daysBefore, time });

/** A facility with one unit of `capacity` places and a period open now, for tests that need known rules. */
export async function bookingFixture(em: EntityManager, options: { capacity: number; children: number }) {
  const facility = em.create(FacilityEntity, {
    name: `ALP Test ${crypto.randomUUID().slice(0, 8)}`,
    kind: 'alp',
    schoolLevels: ['elementaire'],
    active: true,
  });
  const unit = em.create(UnitEntity, {
    facility,
    name: 'Accueil matin',
    code: 'AM',
    startTime: '07:30',
    endTime: '08:30',
    weekdays: [1, 2, 4, 5],
    dailyCapacity: options.capacity,
    bookAcceptUntil: deadline(2, '12:00'),
    bookRequestUntil: deadline(1, '09:00'),
    cancelAcceptUntil: deadline(2, '12:00'),
    cancelRequestUntil: deadline(1, '09:00'),
    priceCents: 150,
    includesMeal: false,
    position: 0,
  });
  const today = parisDate(new Date());
  const period = em.create(PeriodEntity, {
    facility,
    name: 'Période de test',
    startDate: today,
    endDate: addDays(today, 90),
    weekdays: [1, 2, 4, 5],
    schoolLevels: ['elementaire'],
    bookingOpensAt: new Date(Date.now() - 86_400_000),
    bookingClosesAt: new Date(Date.now() + 90 * 86_400_000),
  });
  const family = em.create(FamilyEntity, {
    reference: `FT-${crypto.randomUUID().slice(0, 8)}`,
    addressLine1: '1 rue du Test',
    postalCode: '34000',
    city: 'Test',
  });
  const guardian = em.create(GuardianEntity, {
    family,
    firstName: 'Test',
    lastName: 'Référent',
    email: `referent-${crypto.randomUUID().slice(0, 8)}@test.example`,
  });
  const children = Array.from({ length: options.children }, (_, i) =>
    em.create(ChildEntity, {
      family,
      firstName: `Enfant${i}`,
      lastName: 'Test',
      birthDate: '2018-01-01',
      schoolLevel: 'elementaire',
    }),
  );
  const staff = em.create(StaffUserEntity, {
    email: `agent-${crypto.randomUUID().slice(0, 8)}@test.example`,
    firstName: 'Agent',
    lastName: 'Test',
    role: 'agent',
    passwordHash: 'not-used',
  });
  await em.flush();
  return {
    facility,
    unit,
    period,
    family,
    familyId: family.id as AuthorizedFamilyId,
    guardian,
    children,
    staff,
  };
}
