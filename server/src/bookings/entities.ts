import { defineEntity, p } from '@mikro-orm/core';
import {
  bookingStates,
  facilityKinds,
  lineActions,
  lineStates,
  requestReasons,
  reservationStates,
  schoolLevels,
} from '@portail/shared/bookings/schema';
import { ChildEntity, GuardianEntity, StaffUserEntity } from '../accounts/entities.ts';
import { deadlineChecks, timeOfDayCheck, weekdaysCheck } from '../db/checks.ts';

const weekdays = () => p.array<number>(Number).columnType('smallint[]');

/** « ALP Maternel », « ALE Primaire »: where children are received, for the school levels it accepts. */
export const FacilitySchema = defineEntity({
  name: 'Facility',
  tableName: 'facility',
  properties: {
    id: p.integer().primary(),
    name: p.string().unique(),
    kind: p.enum(facilityKinds),
    schoolLevels: p.enum(schoolLevels).array(),
    active: p.boolean().default(true),
    units: () => p.oneToMany(UnitEntity).mappedBy('facility'),
    periods: () => p.oneToMany(PeriodEntity).mappedBy('facility'),
  },
});
export class FacilityEntity extends FacilitySchema.class {}
FacilitySchema.setClass(FacilityEntity);

/** « Jusqu'à J−n à HH:MM »: a change made before that instant falls on the better side of the rule. */
export const DeadlineSchema = defineEntity({
  name: 'Deadline',
  embeddable: true,
  properties: {
    daysBefore: p.integer(),
    time: p.string().length(5),
  },
});
export class DeadlineEmbeddable extends DeadlineSchema.class {}
DeadlineSchema.setClass(DeadlineEmbeddable);

/**
 * A bookable service (Accueil matin, Restauration, Journée…). Its processing rules, for booking and for
 * cancelling separately: until `…AcceptUntil` the change is accepted at once, until `…RequestUntil` it is a
 * request staff decide, after that the cell is locked.
 */
export const UnitSchema = defineEntity({
  name: 'Unit',
  tableName: 'unit',
  properties: {
    id: p.integer().primary(),
    facility: () => p.manyToOne(FacilityEntity).ref(),
    name: p.string(),
    /** Short label of the planning grid's column headers. */
    code: p.string().length(10),
    startTime: p.string().length(5).check(timeOfDayCheck('start_time')),
    endTime: p.string().length(5).check(timeOfDayCheck('end_time')),
    weekdays: weekdays().check(weekdaysCheck('weekdays')),
    dailyCapacity: p.integer().check('daily_capacity >= 0'),
    bookAcceptUntil: () => p.embedded(DeadlineEmbeddable),
    bookRequestUntil: () => p.embedded(DeadlineEmbeddable),
    cancelAcceptUntil: () => p.embedded(DeadlineEmbeddable),
    cancelRequestUntil: () => p.embedded(DeadlineEmbeddable),
    /** Full price, charged when the family's quotient familial is unknown or falls in no tariff bracket. */
    priceCents: p.integer().check('price_cents >= 0'),
    /** Lets the kitchen count meals per day. */
    includesMeal: p.boolean().default(false),
    position: p.integer().default(0),
  },
  uniques: [{ properties: ['facility', 'code'] }],
  checks: [
    { name: 'unit_times_check', expression: 'start_time < end_time' },
    ...deadlineChecks('unit', 'book'),
    ...deadlineChecks('unit', 'cancel'),
  ],
});
export class UnitEntity extends UnitSchema.class {}
UnitSchema.setClass(UnitEntity);

/**
 * « Semaines 49 à 51 », « Vacances d'hiver »: the dates parents may book, while its window is open. A unit
 * runs on the weekdays both it and the period list: an ALE period in school time opens Wednesdays only.
 */
export const PeriodSchema = defineEntity({
  name: 'Period',
  tableName: 'period',
  properties: {
    id: p.integer().primary(),
    facility: () => p.manyToOne(FacilityEntity).ref(),
    name: p.string(),
    startDate: p.date(),
    endDate: p.date(),
    weekdays: weekdays().check(weekdaysCheck('weekdays')),
    schoolLevels: p.enum(schoolLevels).array(),
    bookingOpensAt: p.datetime(),
    bookingClosesAt: p.datetime(),
  },
  indexes: [{ properties: ['facility', 'startDate'] }],
  checks: [
    { name: 'period_dates_check', expression: 'start_date <= end_date' },
    { name: 'period_window_check', expression: 'booking_opens_at < booking_closes_at' },
  ],
});
export class PeriodEntity extends PeriodSchema.class {}
PeriodSchema.setClass(PeriodEntity);

/** Days a facility (or, with no facility, every facility) is closed, on top of the public holidays. */
export const ClosureSchema = defineEntity({
  name: 'Closure',
  tableName: 'closure',
  properties: {
    id: p.integer().primary(),
    // Cascade: set null would turn a facility's closures into closures of every facility.
    facility: () => p.manyToOne(FacilityEntity).ref().nullable().deleteRule('cascade'),
    startDate: p.date(),
    endDate: p.date(),
    reason: p.string(),
  },
  indexes: [{ properties: ['startDate', 'endDate'] }],
  checks: [{ name: 'closure_dates_check', expression: 'start_date <= end_date' }],
});
export class ClosureEntity extends ClosureSchema.class {}
ClosureSchema.setClass(ClosureEntity);

/** One submission of the planning grid for a child and a period, with its number (guide §4 and §5). */
export const ReservationSchema = defineEntity({
  name: 'Reservation',
  tableName: 'reservation',
  properties: {
    id: p.integer().primary(),
    number: p.string().length(20).unique(),
    child: () => p.manyToOne(ChildEntity).ref(),
    period: () => p.manyToOne(PeriodEntity).ref(),
    /** The « Référent » who submitted it. */
    guardian: () => p.manyToOne(GuardianEntity).ref(),
    state: p.enum(reservationStates),
    /**
     * Set by the PWA's outbox so that a resent submission is applied once. Unique per guardian, so that
     * nobody can read another account's outcome by replaying its id.
     */
    clientMutationId: p.uuid().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    decidedAt: p.datetime().nullable(),
    lines: () => p.oneToMany(ReservationLineEntity).mappedBy('reservation'),
  },
  indexes: [{ properties: ['child', 'period'] }, { properties: ['period'] }],
  uniques: [{ properties: ['guardian', 'clientMutationId'] }],
});
export class ReservationEntity extends ReservationSchema.class {}
ReservationSchema.setClass(ReservationEntity);

/** Date × unit × action: one cell of the submitted grid, and what became of it. */
export const ReservationLineSchema = defineEntity({
  name: 'ReservationLine',
  tableName: 'reservation_line',
  properties: {
    id: p.integer().primary(),
    reservation: () => p.manyToOne(ReservationEntity).ref().deleteRule('cascade'),
    date: p.date(),
    unit: () => p.manyToOne(UnitEntity).ref(),
    action: p.enum(lineActions),
    state: p.enum(lineStates),
    requestReason: p.enum(requestReasons).nullable(),
    /** Shown to the parent when staff refuse. */
    decisionReason: p.string().nullable(),
    decidedBy: () => p.manyToOne(StaffUserEntity).ref().nullable(),
    decidedAt: p.datetime().nullable(),
  },
  uniques: [{ properties: ['reservation', 'unit', 'date'] }],
  // Staff's queue of requests to decide, by day.
  indexes: [
    { name: 'reservation_line_requested_index', properties: ['unit', 'date'], where: "state = 'requested'" },
  ],
  checks: [
    {
      name: 'reservation_line_request_check',
      expression: "state <> 'requested' or (request_reason is not null and decided_at is null)",
    },
  ],
});
export class ReservationLineEntity extends ReservationLineSchema.class {}
ReservationLineSchema.setClass(ReservationLineEntity);

/**
 * The child's planning: the current state of one child × unit × date cell, whatever reservations led to it.
 * No row means nothing booked: an accepted cancellation, or a refused booking request, deletes it.
 */
export const BookingSchema = defineEntity({
  name: 'Booking',
  tableName: 'booking',
  properties: {
    id: p.integer().primary(),
    child: () => p.manyToOne(ChildEntity).ref(),
    unit: () => p.manyToOne(UnitEntity).ref(),
    date: p.date(),
    state: p.enum(bookingStates),
    /** The line that last changed this cell: its reservation number is what the parent sees. */
    line: () => p.manyToOne(ReservationLineEntity).ref(),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
  uniques: [{ properties: ['child', 'unit', 'date'] }],
  indexes: [
    // The daily lists of children per unit.
    { properties: ['unit', 'date'] },
    // Places taken, counted for every planning opened and every submission: read from this index alone,
    // already in (unit, date) order, instead of sorting the heap rows of every booking of the period.
    {
      name: 'booking_taken_index',
      properties: ['unit', 'date'],
      where: "state in ('booked', 'cancel_requested')",
    },
  ],
});
export class BookingEntity extends BookingSchema.class {}
BookingSchema.setClass(BookingEntity);
