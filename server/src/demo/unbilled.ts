import type { EntityManager } from '@mikro-orm/postgresql';
import { addMonths, monthBounds } from '@portail/shared/billing/months';
import { isoWeek, parisDate } from '@portail/shared/bookings/calendar';
import argon2 from 'argon2';
import { ChildEntity, FamilyEntity, GuardianEntity } from '../accounts/entities.ts';
import {
  BookingEntity,
  PeriodEntity,
  ReservationEntity,
  ReservationLineEntity,
} from '../bookings/entities.ts';
import { nextNumber } from '../numbering/service.ts';
import { type DemoOffer, openDates, unitOf } from './facilities.ts';

/** The Bernard family's sign-in: public, like the whole demo. */
export const unbilledCredentials = { email: 'bernard@demo.fr', password: 'Demo-bernard-2026' };

/**
 * The months, counted back from this one, in which the Bernard family ate at the canteen, not yet billed. Four:
 * each of the e2e tests' two browser projects has two, and issues the first still unbilled, so that a retry or a
 * repetition finds the other (e2e/billing-invoicing.spec.ts).
 */
export const UNBILLED_MONTHS = [-5, -4, -3, -2] as const;

/**
 * A second family, the Bernards, whose son Noah ate at the canteen every school day of four past months that
 * nobody has invoiced yet: « Facturation du mois » has something to issue for those months (the demo's
 * own run, and the e2e tests', which give each browser project months of its own).
 */
export async function seedUnbilledFamily(em: EntityManager, offer: DemoOffer, today: string, now: Date) {
  const family = em.create(FamilyEntity, {
    reference: await nextNumber(em, 'family', now.getUTCFullYear() - 1),
    quotientFamilial: 450,
    addressLine1: '5 chemin des Vignes',
    postalCode: '34540',
    city: 'Valbourg',
    createdAt: new Date(now.getTime() - 400 * 86_400_000),
  });
  const guardian = em.create(GuardianEntity, {
    family,
    firstName: 'Sophie',
    lastName: 'Bernard',
    email: unbilledCredentials.email,
    passwordHash: await argon2.hash(unbilledCredentials.password, { type: argon2.argon2id }),
    activatedAt: family.createdAt,
    createdAt: family.createdAt,
  });
  const noah = em.create(ChildEntity, {
    family,
    firstName: 'Noah',
    lastName: 'Bernard',
    birthDate: `${Number(today.slice(0, 4)) - 8}-05-21`,
    schoolLevel: 'elementaire',
    className: 'CE2 – M. Petit',
  });
  const { elementaire } = offer;
  const firstMonth = addMonths(today.slice(0, 7), Math.min(...UNBILLED_MONTHS));
  const lastMonth = addMonths(today.slice(0, 7), Math.max(...UNBILLED_MONTHS));
  const start = monthBounds(firstMonth).first;
  const end = monthBounds(lastMonth).last;
  // A period of the past, closed for booking long ago.
  const period = em.create(PeriodEntity, {
    facility: elementaire.facility,
    name: `Semaines ${isoWeek(start)} à ${isoWeek(end)}`,
    startDate: start,
    endDate: end,
    weekdays: [1, 2, 4, 5],
    schoolLevels: ['elementaire'],
    bookingOpensAt: new Date(`${start}T06:00:00Z`),
    bookingClosesAt: new Date(`${start}T18:00:00Z`),
  });
  const repas = unitOf(elementaire, 'REPAS');
  const createdAt = new Date(`${start}T07:00:00Z`);
  const reservation = em.create(ReservationEntity, {
    number: await nextNumber(em, 'reservation', Number(parisDate(createdAt).slice(0, 4))),
    child: noah,
    period,
    guardian,
    state: 'accepted',
    createdAt,
    decidedAt: createdAt,
  });
  for (const date of openDates(offer, repas, start, end, period.weekdays)) {
    const line = em.create(ReservationLineEntity, {
      reservation,
      date,
      unit: repas,
      action: 'book',
      state: 'accepted',
    });
    em.create(BookingEntity, { child: noah, unit: repas, date, state: 'booked', line });
  }
  await em.flush();
}
