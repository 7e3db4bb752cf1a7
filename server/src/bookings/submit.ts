import type { EntityManager } from '@mikro-orm/postgresql';
import { refusalMessage, refusalTexts } from '@portail/shared/bookings/labels';
import type { LineOutcome, PlanningContext, SubmitReservationInput } from '@portail/shared/bookings/planning';
import { decideLine, reservationStateOf } from '@portail/shared/bookings/rules';
import { GuardianEntity } from '../accounts/entities.ts';
import { publish } from '../live/publish.ts';
import { nextNumber } from '../numbering/service.ts';
import { claimMutation, storeOutcome } from '../sync/idempotency.ts';
import { AppError } from '../trpc/errors.ts';
import type { AuthorizedFamilyId } from '../trpc/procedures.ts';
import { loadPlanningContext } from './context.ts';
import { PeriodEntity, ReservationEntity } from './entities.ts';
import { lockCells } from './locks.ts';
import { familyChild } from './queries.ts';
import { recordLines } from './record-lines.ts';

export type SubmissionOutcome = {
  reservation: {
    id: number;
    number: string;
    state: ReservationEntity['state'];
    child: { firstName: string; lastName: string };
    facility: { name: string };
    period: { name: string };
  } | null;
  lines: (LineOutcome & { unitName: string })[];
  replayed: boolean;
};

/**
 * «Confirmer la réservation». Each line is decided again by the shared rules against the database as it is
 * once the cells are locked: the client's icons were a preview. Lines the rules now refuse are answered with
 * their reason and not recorded; if none is left, nothing is written. Sent twice, it is applied once.
 */
export async function submitReservation(
  em: EntityManager,
  familyId: AuthorizedFamilyId,
  guardianId: number,
  input: SubmitReservationInput,
): Promise<SubmissionOutcome> {
  return em.transactional(async (tx) => {
    const claim = await claimMutation<SubmissionOutcome>(
      tx,
      guardianId,
      input.clientMutationId,
      'reservation',
    );
    if (claim.replayed) return { ...claim.outcome, replayed: true };

    const child = await familyChild(tx, familyId, input.childId);
    const period = await tx.findOne(PeriodEntity, { id: input.periodId }, { populate: ['facility'] });
    if (!period)
      throw new AppError('NOT_FOUND', { userMessage: "Cette période n'existe pas ou n'est plus proposée." });

    // Locks first, then read: two submissions for the last places of a day are decided one after the other.
    await lockCells(tx, child.id, input.lines);
    const now = new Date();
    const ctx = await loadPlanningContext(tx, period, child.id, child.schoolLevel, input.lines);
    const units = new Map(ctx.units.map((u) => [u.id, u]));
    const seen = new Set<string>();
    const outcomes: SubmissionOutcome['lines'] = [];

    for (const line of [...input.lines].sort((a, b) => a.date.localeCompare(b.date) || a.unitId - b.unitId)) {
      const unitName = units.get(line.unitId)?.name ?? `Prestation n° ${line.unitId}`;
      const key = `${line.date}|${line.unitId}`;
      const outcome = seen.has(key)
        ? {
            ...line,
            state: 'refused' as const,
            requestReason: null,
            message: refusalMessage(line.date, unitName, refusalTexts.repeated),
          }
        : decideLine(ctx, line, now);
      seen.add(key);
      outcomes.push({ ...outcome, unitName });
      if (outcome.state !== 'refused') applyToContext(ctx, line, outcome.state);
    }

    const recorded = outcomes.filter((o) => o.state !== 'refused');
    let reservation: SubmissionOutcome['reservation'] = null;
    if (recorded.length > 0) {
      // Only writes follow the number: its row stays locked until commit, and every submission of the
      // service queues on it.
      const entity = tx.create(ReservationEntity, {
        number: await nextNumber(tx, 'reservation', Number(now.toISOString().slice(0, 4))),
        child,
        period,
        guardian: tx.getReference(GuardianEntity, guardianId),
        state: reservationStateOf(recorded.map((o) => o.state)),
        clientMutationId: input.clientMutationId,
        decidedAt: null,
      });
      await tx.flush();
      await recordLines(tx, entity.id, child.id, recorded);
      publish(
        tx,
        { familyId, staff: true },
        {
          type: 'reservation.submitted',
          reservationId: entity.id,
          number: entity.number,
          childId: child.id,
          state: entity.state,
          requested: recorded.filter((o) => o.state === 'requested').length,
        },
      );
      publish(
        tx,
        { staff: true },
        { type: 'occupancy.changed', cells: recorded.map((o) => ({ unitId: o.unitId, date: o.date })) },
      );
      await tx.flush();
      reservation = {
        id: entity.id,
        number: entity.number,
        state: entity.state,
        child: { firstName: child.firstName, lastName: child.lastName },
        facility: { name: period.facility.getEntity().name },
        period: { name: period.name },
      };
    }
    const outcome: SubmissionOutcome = { reservation, lines: outcomes, replayed: false };
    await storeOutcome(tx, guardianId, input.clientMutationId, outcome);
    return outcome;
  });
}

/** Later lines of the same submission see the places and cells the earlier ones took. */
function applyToContext(
  ctx: PlanningContext,
  line: { date: string; unitId: number; action: 'book' | 'cancel' },
  kind: 'accepted' | 'requested',
) {
  let occupancy = ctx.occupancy.find((o) => o.date === line.date && o.unitId === line.unitId);
  if (!occupancy) {
    occupancy = { date: line.date, unitId: line.unitId, taken: 0 };
    ctx.occupancy.push(occupancy);
  }
  const cell = ctx.cells.find((c) => c.date === line.date && c.unitId === line.unitId);
  if (line.action === 'book') {
    ctx.cells.push({
      date: line.date,
      unitId: line.unitId,
      state: kind === 'accepted' ? 'booked' : 'requested',
      reservationNumber: '',
    });
    if (kind === 'accepted') occupancy.taken += 1;
  } else if (cell && kind === 'accepted') {
    ctx.cells.splice(ctx.cells.indexOf(cell), 1);
    if (cell.state !== 'requested') occupancy.taken -= 1;
  } else if (cell) {
    cell.state = 'cancel_requested';
  }
}
