import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { parisDate } from '@portail/shared/bookings/calendar';
import { reservationStateOf } from '@portail/shared/bookings/rules';
import type { LineAction, LineState, RequestReason } from '@portail/shared/bookings/schema';
import type { ChildEntity, StaffUserEntity } from '../accounts/entities.ts';
import {
  BookingEntity,
  type PeriodEntity,
  ReservationEntity,
  ReservationLineEntity,
  type UnitEntity,
} from '../bookings/entities.ts';
import { nextNumber } from '../numbering/service.ts';
import { type DemoFacility, type DemoOffer, openDates, unitOf } from './facilities.ts';
import type { DemoFamily } from './family.ts';

type Line = {
  unit: UnitEntity;
  date: string;
  action?: LineAction;
  state?: LineState;
  requestReason?: RequestReason;
  refusal?: string;
};

const hoursBefore = (now: Date, hours: number) => new Date(now.getTime() - hours * 3_600_000);

/**
 * Reservations in each state the guide shows, and the planning they leave: accepted bookings, a pending
 * submission with a booking request and a cancellation request, a partly refused one, and a cancellation.
 */
export async function seedReservations(
  em: EntityManager,
  offer: DemoOffer,
  demo: DemoFamily,
  staff: StaffUserEntity,
  today: string,
  now: Date,
): Promise<void> {
  const planning = new Map<string, BookingEntity>();
  const reserve = async (child: ChildEntity, period: PeriodEntity, createdAt: Date, lines: Line[]) => {
    const states = lines.map((l) => l.state ?? 'accepted');
    // Staff decide the day after the submission; what needed no decision was decided when submitted.
    const staffDecidedAt = new Date(Math.min(createdAt.getTime() + 86_400_000, now.getTime()));
    const decidedAt = lines.some((l) => l.refusal) ? staffDecidedAt : createdAt;
    const reservation = em.create(ReservationEntity, {
      number: await nextNumber(em, 'reservation', Number(parisDate(createdAt).slice(0, 4))),
      child,
      period,
      guardian: demo.guardian,
      state: reservationStateOf(states),
      createdAt,
      decidedAt: states.includes('requested') ? null : decidedAt,
    });
    for (const l of lines) {
      const line = em.create(ReservationLineEntity, {
        reservation,
        date: l.date,
        unit: l.unit,
        action: l.action ?? 'book',
        state: l.state ?? 'accepted',
        requestReason: l.requestReason ?? null,
        decisionReason: l.refusal ?? null,
        decidedBy: l.refusal ? staff : null,
        decidedAt: l.refusal ? staffDecidedAt : null,
      });
      applyToPlanning(em, planning, child, line);
    }
  };
  const { maternel: mat, elementaire: elem, ale } = offer;
  const all = (f: DemoFacility, period: PeriodEntity, ...codes: string[]) =>
    codes.flatMap((code) => datesOf(offer, f, code, period).map((date) => ({ unit: unitOf(f, code), date })));

  await reserve(demo.lea, mat.current, hoursBefore(now, 33 * 24), all(mat, mat.current, 'MATIN', 'REPAS'));
  await reserve(demo.hugo, elem.current, hoursBefore(now, 30 * 24), all(elem, elem.current, 'REPAS', 'SOIR'));
  await reserve(demo.lea, mat.next, hoursBefore(now, 24), all(mat, mat.next, 'MATIN', 'REPAS'));
  const [firstNext] = datesOf(offer, mat, 'MATIN', mat.next);
  await reserve(demo.lea, mat.next, hoursBefore(now, 12), [
    { unit: unitOf(mat, 'MATIN'), date: must(firstNext), action: 'cancel' },
  ]);

  // Past the accept deadlines: both changes wait for staff.
  const soon = must(datesOf(offer, elem, 'SOIR', elem.current).find((d) => d > today));
  await reserve(demo.hugo, elem.current, hoursBefore(now, 1), [
    { unit: unitOf(elem, 'MATIN'), date: soon, state: 'requested', requestReason: 'late' },
    { unit: unitOf(elem, 'SOIR'), date: soon, action: 'cancel', state: 'requested', requestReason: 'late' },
  ]);

  const wednesdays = datesOf(offer, ale, 'JOUR', ale.current);
  const [refusedDay, acceptedDay] = [must(wednesdays.at(-2)), must(wednesdays.at(-1))];
  await reserve(demo.hugo, ale.current, hoursBefore(now, 32 * 24), [
    { unit: unitOf(ale, 'JOUR'), date: acceptedDay },
    {
      unit: unitOf(ale, 'JOUR'),
      date: refusedDay,
      state: 'refused',
      requestReason: 'full',
      refusal: 'Plus de place ce jour-là : la sortie est complète.',
    },
  ]);
  await em.flush();
}

/** What a line does to the child's planning cell, as the booking service will do it. */
function applyToPlanning(
  em: EntityManager,
  planning: Map<string, BookingEntity>,
  child: ChildEntity,
  line: ReservationLineEntity,
) {
  const key = `${child.id}|${line.unit.id}|${line.date}`;
  const booking = planning.get(key);
  if (line.state === 'refused') return;
  if (line.action === 'cancel') {
    if (!booking) throw new Error(`demo: nothing to cancel at ${key}`);
    if (line.state === 'accepted') {
      em.remove(booking);
      planning.delete(key);
    } else {
      booking.state = 'cancel_requested';
      booking.line = ref(line);
    }
    return;
  }
  const state = line.state === 'accepted' ? 'booked' : 'requested';
  planning.set(key, em.create(BookingEntity, { child, unit: line.unit, date: line.date, state, line }));
}

function datesOf(offer: DemoOffer, f: DemoFacility, code: string, period: PeriodEntity): string[] {
  return openDates(offer, unitOf(f, code), period.startDate, period.endDate, period.weekdays);
}

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('demo: the calendar left no date for this reservation');
  return value;
}
