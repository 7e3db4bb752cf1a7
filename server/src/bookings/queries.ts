import type { EntityManager } from '@mikro-orm/postgresql';
import type { SchoolLevel } from '@portail/shared/bookings/schema';
import { ChildEntity } from '../accounts/entities.ts';
import { AppError } from '../trpc/errors.ts';
import type { AuthorizedFamilyId } from '../trpc/procedures.ts';
import { loadPlanningContext, type PlanningPeriod } from './context.ts';
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

type PlanningRow = {
  child_id: number;
  child_first_name: string;
  child_last_name: string;
  school_level: SchoolLevel;
};

type PeriodRow = {
  id: number;
  facility_id: number;
  facility_name: string;
  name: string;
  start_date: string;
  end_date: string;
  weekdays: number[];
  school_levels: SchoolLevel[];
  opens_ms: number;
  closes_ms: number;
};

/**
 * The planning grid's data: the rules' context and who is booking (the «Référent»). Read as plain rows, not
 * entities: every parent opens it at the opening of registrations, and hydration was most of its cost.
 */
export async function planningView(
  em: EntityManager,
  familyId: AuthorizedFamilyId,
  guardianId: number,
  input: { childId: number; periodId: number },
  now: Date,
) {
  // Another family's child is simply not found, as in familyChild.
  const [child] = await em.execute<PlanningRow[]>(
    `select id as child_id, first_name as child_first_name, last_name as child_last_name, school_level
     from child where id = ? and family_id = ?`,
    [input.childId, familyId],
  );
  if (!child)
    throw new AppError('NOT_FOUND', { userMessage: 'Cet enfant ne fait pas partie de votre famille.' });
  const [row] = await em.execute<PeriodRow[]>(
    `select p.id, p.facility_id, f.name as facility_name, p.name, to_char(p.start_date, 'YYYY-MM-DD') as start_date,
       to_char(p.end_date, 'YYYY-MM-DD') as end_date, p.weekdays, p.school_levels,
       floor(extract(epoch from p.booking_opens_at) * 1000)::float8 as opens_ms,
       floor(extract(epoch from p.booking_closes_at) * 1000)::float8 as closes_ms
     from period p join facility f on f.id = p.facility_id where p.id = ?`,
    [input.periodId],
  );
  if (!row)
    throw new AppError('NOT_FOUND', { userMessage: "Cette période n'existe pas ou n'est plus proposée." });
  const [guardian] = await em.execute<{ first_name: string; last_name: string }[]>(
    'select first_name, last_name from guardian where id = ?',
    [guardianId],
  );
  // The session's own guardian: gone only if the account was deleted meanwhile.
  if (!guardian) throw new Error(`guardian ${guardianId} not found`);
  const period: PlanningPeriod = {
    id: row.id,
    facility: { id: row.facility_id },
    name: row.name,
    startDate: row.start_date,
    endDate: row.end_date,
    weekdays: row.weekdays,
    schoolLevels: row.school_levels,
    bookingOpensAt: new Date(row.opens_ms),
    bookingClosesAt: new Date(row.closes_ms),
  };
  return {
    child: {
      id: child.child_id,
      firstName: child.child_first_name,
      lastName: child.child_last_name,
      schoolLevel: child.school_level,
    },
    facility: { id: row.facility_id, name: row.facility_name },
    referent: { firstName: guardian.first_name, lastName: guardian.last_name },
    context: await loadPlanningContext(em, period, child.child_id, child.school_level),
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
