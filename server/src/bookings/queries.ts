import type { EntityManager } from '@mikro-orm/postgresql';
import { ChildEntity, GuardianEntity } from '../accounts/entities.ts';
import { AppError } from '../trpc/errors.ts';
import type { AuthorizedFamilyId } from '../trpc/procedures.ts';
import { loadPlanningContext } from './context.ts';
import { type FacilityEntity, PeriodEntity, ReservationEntity } from './entities.ts';

/** A child of the signed-in family; another family's child is simply not found. */
export async function familyChild(em: EntityManager, familyId: AuthorizedFamilyId, childId: number) {
  const child = await em.findOne(ChildEntity, { id: childId, family: familyId });
  if (!child)
    throw new AppError('NOT_FOUND', { userMessage: 'Cet enfant ne fait pas partie de votre famille.' });
  return child;
}

export async function familyChildren(em: EntityManager, familyId: AuthorizedFamilyId) {
  const children = await em.find(ChildEntity, { family: familyId }, { orderBy: { birthDate: 'asc' } });
  return children.map((c) => ({
    id: c.id,
    firstName: c.firstName,
    lastName: c.lastName,
    schoolLevel: c.schoolLevel,
    className: c.className ?? null,
  }));
}

type BookingChoice = {
  facility: { id: number; name: string; kind: FacilityEntity['kind'] };
  periods: {
    id: number;
    name: string;
    startDate: string;
    endDate: string;
    bookingOpensAt: string;
    bookingClosesAt: string;
  }[];
};

/** Facilities open to the child's level, with the periods open for booking now (guide §4, step 2). */
export async function bookingChoices(
  em: EntityManager,
  familyId: AuthorizedFamilyId,
  childId: number,
  now: Date,
) {
  const child = await familyChild(em, familyId, childId);
  const periods = await em.find(
    PeriodEntity,
    {
      bookingOpensAt: { $lte: now },
      bookingClosesAt: { $gt: now },
      schoolLevels: { $contains: [child.schoolLevel] },
      facility: { active: true, schoolLevels: { $contains: [child.schoolLevel] } },
    },
    { populate: ['facility'], orderBy: { facility: { name: 'asc' }, startDate: 'asc' } },
  );
  const byFacility = new Map<number, BookingChoice>();
  for (const p of periods) {
    const f = p.facility.getEntity();
    const entry = byFacility.get(f.id) ?? { facility: { id: f.id, name: f.name, kind: f.kind }, periods: [] };
    entry.periods.push({
      id: p.id,
      name: p.name,
      startDate: p.startDate,
      endDate: p.endDate,
      bookingOpensAt: p.bookingOpensAt.toISOString(),
      bookingClosesAt: p.bookingClosesAt.toISOString(),
    });
    byFacility.set(f.id, entry);
  }
  return [...byFacility.values()];
}

/** The planning grid's data: the rules' context and who is booking (the «Référent»). */
export async function planningView(
  em: EntityManager,
  familyId: AuthorizedFamilyId,
  guardianId: number,
  input: { childId: number; periodId: number },
  now: Date,
) {
  const child = await familyChild(em, familyId, input.childId);
  const period = await em.findOne(PeriodEntity, { id: input.periodId }, { populate: ['facility'] });
  if (!period)
    throw new AppError('NOT_FOUND', { userMessage: "Cette période n'existe pas ou n'est plus proposée." });
  const guardian = await em.findOneOrFail(GuardianEntity, { id: guardianId });
  return {
    child: {
      id: child.id,
      firstName: child.firstName,
      lastName: child.lastName,
      schoolLevel: child.schoolLevel,
    },
    facility: { id: period.facility.id, name: period.facility.getEntity().name },
    referent: { firstName: guardian.firstName, lastName: guardian.lastName },
    context: await loadPlanningContext(em, period, child.id, child.schoolLevel),
    serverNow: now.toISOString(),
  };
}

/** «Les réservations»: the family's reservations, newest first, with each line's state. */
export async function familyReservations(em: EntityManager, familyId: AuthorizedFamilyId) {
  const reservations = await em.find(
    ReservationEntity,
    { child: { family: familyId } },
    { populate: ['child', 'period.facility', 'lines.unit'], orderBy: { createdAt: 'desc', id: 'desc' } },
  );
  return reservations.map((r) => ({
    id: r.id,
    number: r.number,
    state: r.state,
    createdAt: r.createdAt.toISOString(),
    child: {
      id: r.child.id,
      firstName: r.child.getEntity().firstName,
      lastName: r.child.getEntity().lastName,
    },
    facility: { name: r.period.getEntity().facility.getEntity().name },
    period: { id: r.period.id, name: r.period.getEntity().name },
    lines: r.lines
      .getItems()
      .sort(
        (a, b) => a.date.localeCompare(b.date) || a.unit.getEntity().position - b.unit.getEntity().position,
      )
      .map((l) => ({
        id: l.id,
        date: l.date,
        unitId: l.unit.id,
        unitName: l.unit.getEntity().name,
        action: l.action,
        state: l.state,
        requestReason: l.requestReason ?? null,
        decisionReason: l.decisionReason ?? null,
      })),
  }));
}
