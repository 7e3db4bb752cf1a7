import { LockMode, ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { formatDayFr } from '@portail/shared/bookings/labels';
import { reservationStateOf } from '@portail/shared/bookings/rules';
import { StaffUserEntity } from '../accounts/entities.ts';
import { publish } from '../live/publish.ts';
import { AppError } from '../trpc/errors.ts';
import { loadOccupancy } from './context.ts';
import { BookingEntity, ReservationLineEntity } from './entities.ts';
import { lockCells } from './locks.ts';

export type RequestFilters = { facilityId?: number; date?: string; unitId?: number; childId?: number };

/** «Demandes à traiter»: lines waiting for staff, oldest first, with the places left on their day. */
export async function listRequests(em: EntityManager, filters: RequestFilters) {
  const lines = await em.find(
    ReservationLineEntity,
    {
      state: 'requested',
      ...(filters.date ? { date: filters.date } : {}),
      ...(filters.unitId ? { unit: filters.unitId } : {}),
      ...(filters.facilityId ? { unit: { facility: filters.facilityId } } : {}),
      ...(filters.childId ? { reservation: { child: filters.childId } } : {}),
    },
    {
      populate: ['reservation.child', 'unit.facility'],
      orderBy: { reservation: { createdAt: 'asc' }, date: 'asc' },
      limit: 500,
    },
  );
  const units = [...new Set(lines.map((l) => l.unit.id))];
  const dates = lines.map((l) => l.date).sort();
  const occupancy = dates.length
    ? await loadOccupancy(em, units, dates[0] as string, dates.at(-1) as string)
    : [];
  const taken = new Map(occupancy.map((o) => [`${o.unitId}|${o.date}`, o.taken]));
  return lines.map((l) => {
    const unit = l.unit.getEntity();
    const reservation = l.reservation.getEntity();
    const child = reservation.child.getEntity();
    const facility = unit.facility.getEntity();
    return {
      lineId: l.id,
      reservationId: reservation.id,
      reservationNumber: reservation.number,
      child: { id: child.id, firstName: child.firstName, lastName: child.lastName },
      facility: { id: facility.id, name: facility.name },
      date: l.date,
      unit: { id: unit.id, name: unit.name },
      action: l.action,
      requestReason: l.requestReason ?? null,
      createdAt: reservation.createdAt.toISOString(),
      remaining: unit.dailyCapacity - (taken.get(`${unit.id}|${l.date}`) ?? 0),
    };
  });
}

export type Decision = {
  lineIds: number[];
  decision: 'accept' | 'refuse';
  reason?: string;
  overrideCapacity?: boolean;
};

/**
 * Accepts or refuses requested lines. Two agents deciding the same line: the second finds it decided and is
 * told so, nothing is applied twice. Accepting a booking on a full day needs `overrideCapacity`.
 */
export async function decideRequests(em: EntityManager, staffId: number, input: Decision, now: Date) {
  if (input.decision === 'refuse' && !input.reason?.trim()) {
    throw new AppError('BAD_INPUT', { userMessage: 'Indiquez le motif du refus : la famille le lira.' });
  }
  return em.transactional(async (tx) => {
    const lines = await tx.find(
      ReservationLineEntity,
      { id: { $in: input.lineIds } },
      { populate: ['reservation', 'unit'], lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
    );
    if (lines.length !== new Set(input.lineIds).size) throw new AppError('NOT_FOUND');
    const decided = lines.filter((l) => l.state !== 'requested');
    if (decided.length > 0) {
      throw new AppError('CONFLICT', {
        userMessage:
          'Une partie de ces demandes vient d’être traitée par un collègue : la liste a été mise à jour.',
      });
    }
    for (const line of lines) {
      const childId = line.reservation.getEntity().child.id;
      await lockCells(tx, childId, [{ date: line.date, unitId: line.unit.id }]);
      await applyDecision(tx, line, childId, input, now);
      line.state = input.decision === 'accept' ? 'accepted' : 'refused';
      line.requestReason = null;
      line.decisionReason = input.reason?.trim() || null;
      line.decidedBy = ref(tx.getReference(StaffUserEntity, staffId));
      line.decidedAt = now;
    }
    await tx.flush();
    for (const reservation of new Set(lines.map((l) => l.reservation.getEntity()))) {
      await tx.populate(reservation, ['lines', 'child']);
      reservation.state = reservationStateOf(reservation.lines.getItems().map((l) => l.state));
      if (reservation.state !== 'pending') reservation.decidedAt = now;
      const decidedHere = lines.filter((l) => l.reservation.id === reservation.id);
      publish(
        tx,
        { familyId: reservation.child.getEntity().family.id, staff: true },
        {
          type: 'reservation.decided',
          reservationId: reservation.id,
          number: reservation.number,
          childId: reservation.child.id,
          state: reservation.state,
          lines: decidedHere.map((l) => ({
            lineId: l.id,
            date: l.date,
            unitId: l.unit.id,
            unitName: l.unit.getEntity().name,
            action: l.action,
            state: l.state,
            reason: l.decisionReason ?? null,
          })),
        },
      );
    }
    publish(
      tx,
      { staff: true },
      { type: 'occupancy.changed', cells: lines.map((l) => ({ unitId: l.unit.id, date: l.date })) },
    );
    await tx.flush();
    return { decided: lines.length };
  });
}

async function applyDecision(
  em: EntityManager,
  line: ReservationLineEntity,
  childId: number,
  input: Decision,
  now: Date,
) {
  const cell = await em.findOne(BookingEntity, { child: childId, unit: line.unit.id, date: line.date });
  const unit = line.unit.getEntity();
  if (line.action === 'book') {
    if (input.decision === 'refuse') {
      if (cell) em.remove(cell);
      return;
    }
    const [occupancy] = await loadOccupancy(em, [unit.id], line.date, line.date);
    if ((occupancy?.taken ?? 0) >= unit.dailyCapacity && !input.overrideCapacity) {
      throw new AppError('CONFLICT', {
        userMessage: `${formatDayFr(line.date)} – ${unit.name} : plus de place ; cochez « Dépasser la capacité » pour accepter quand même.`,
      });
    }
    if (cell) cell.state = 'booked';
    else
      em.create(BookingEntity, {
        child: childId,
        unit: unit.id,
        date: line.date,
        state: 'booked',
        line,
        updatedAt: now,
      });
    return;
  }
  if (!cell) return;
  if (input.decision === 'accept') em.remove(cell);
  else cell.state = 'booked';
}
