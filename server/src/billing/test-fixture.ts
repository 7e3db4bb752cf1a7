import type { EntityManager } from '@mikro-orm/postgresql';
import { monthBounds } from '@portail/shared/billing/months';
import { addDays, isoWeekday } from '@portail/shared/bookings/calendar';
import type { BookingState } from '@portail/shared/bookings/schema';
import { ChildEntity, FamilyEntity, GuardianEntity, StaffUserEntity } from '../accounts/entities.ts';
import {
  BookingEntity,
  FacilityEntity,
  PeriodEntity,
  ReservationEntity,
  ReservationLineEntity,
  UnitEntity,
} from '../bookings/entities.ts';
import type { AuthorizedFamilyId } from '../trpc/procedures.ts';
import { TariffEntity } from './entities.ts';

const deadline = (daysBefore: number, time: string) => ({ daysBefore, time });
const tag = () => crypto.randomUUID().slice(0, 8);

/** Mondays, Tuesdays, Thursdays and Fridays of `month`, the days the fixture's units run. */
export function schoolDaysOf(month: string): string[] {
  const { first, last } = monthBounds(month);
  const days: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) if ([1, 2, 4, 5].includes(isoWeekday(d))) days.push(d);
  return days;
}

/**
 * A facility with two units — « Accueil matin » at 2,50 € full price with QF brackets (≤ 600: 1,00 €,
 * 601–1200: 1,50 €) and « Restauration » at 4,00 € for everyone — a period over `month`, an admin, and
 * families whose plannings tests fill directly with `book` (past months cannot be booked through the rules).
 */
export async function billingFixture(em: EntityManager, month: string) {
  const facility = em.create(FacilityEntity, {
    name: `ALP Facturation ${tag()}`,
    kind: 'alp',
    schoolLevels: ['elementaire'],
    active: true,
  });
  const unit = (name: string, code: string, priceCents: number, position: number) =>
    em.create(UnitEntity, {
      facility,
      name,
      code,
      startTime: '07:30',
      endTime: '08:30',
      weekdays: [1, 2, 4, 5],
      dailyCapacity: 100,
      bookAcceptUntil: deadline(2, '12:00'),
      bookRequestUntil: deadline(1, '09:00'),
      cancelAcceptUntil: deadline(2, '12:00'),
      cancelRequestUntil: deadline(1, '09:00'),
      priceCents,
      includesMeal: code === 'REPAS',
      position,
    });
  const matin = unit('Accueil matin', 'MATIN', 250, 0);
  const repas = unit('Restauration', 'REPAS', 400, 1);
  em.create(TariffEntity, { unit: matin, qfMin: null, qfMax: 600, priceCents: 100 });
  em.create(TariffEntity, { unit: matin, qfMin: 601, qfMax: 1200, priceCents: 150 });
  const { first, last } = monthBounds(month);
  const period = em.create(PeriodEntity, {
    facility,
    name: `Période ${month}`,
    startDate: first,
    endDate: last,
    weekdays: [1, 2, 4, 5],
    schoolLevels: ['elementaire'],
    bookingOpensAt: new Date(`${first}T00:00:00Z`),
    bookingClosesAt: new Date(`${last}T00:00:00Z`),
  });
  const admin = em.create(StaffUserEntity, {
    email: `admin-${tag()}@test.example`,
    firstName: 'Adèle',
    lastName: 'Admin',
    role: 'admin',
    passwordHash: 'not-used',
  });
  await em.flush();

  async function family(options: { qf: number | null; children?: number; guardians?: number }) {
    const f = em.create(FamilyEntity, {
      reference: `FB-${tag()}`,
      quotientFamilial: options.qf,
      addressLine1: '3 rue des Écoles',
      postalCode: '34540',
      city: 'Valbourg',
    });
    const guardians = Array.from({ length: options.guardians ?? 1 }, (_, i) =>
      em.create(GuardianEntity, {
        family: f,
        firstName: ['Camille', 'Dominique'][i] ?? `Parent${i}`,
        lastName: 'Durand',
        email: `parent${i}-${tag()}@test.example`,
      }),
    );
    const children = Array.from({ length: options.children ?? 1 }, (_, i) =>
      em.create(ChildEntity, {
        family: f,
        firstName: ['Léa', 'Hugo', 'Zoé'][i] ?? `Enfant${i}`,
        lastName: 'Durand',
        birthDate: `201${7 + i}-01-01`,
        schoolLevel: 'elementaire',
      }),
    );
    await em.flush();
    return { family: f, familyId: f.id as AuthorizedFamilyId, guardians, children };
  }

  /** Puts `dates` of `unit` in the child's planning, in `state`, as an accepted reservation would. */
  async function book(child: ChildEntity, u: UnitEntity, dates: string[], state: BookingState = 'booked') {
    const guardian = await em.findOneOrFail(GuardianEntity, { family: child.family.id });
    const reservation = em.create(ReservationEntity, {
      number: `RT-${tag()}`,
      child,
      period,
      guardian,
      state: state === 'requested' ? 'pending' : 'accepted',
      decidedAt: null,
    });
    for (const date of dates) {
      const line = em.create(ReservationLineEntity, {
        reservation,
        date,
        unit: u,
        action: 'book',
        state: state === 'requested' ? 'requested' : 'accepted',
        requestReason: state === 'requested' ? 'late' : null,
        decidedAt: null,
      });
      em.create(BookingEntity, { child, unit: u, date, state, line });
    }
    await em.flush();
  }

  return { facility, matin, repas, period, admin, family, book };
}
