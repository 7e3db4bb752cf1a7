import type { EntityManager } from '@mikro-orm/postgresql';
import type { BookedCell, Occupancy, PlanningContext, UnitRules } from '@portail/shared/bookings/planning';
import type { SchoolLevel } from '@portail/shared/bookings/schema';
import type { PeriodEntity, UnitEntity } from './entities.ts';

const deadline = (d: { daysBefore: number; time: string }) => ({ daysBefore: d.daysBefore, time: d.time });

export function unitRules(u: UnitEntity): UnitRules {
  return {
    id: u.id,
    name: u.name,
    code: u.code,
    startTime: u.startTime,
    endTime: u.endTime,
    weekdays: [...u.weekdays],
    dailyCapacity: u.dailyCapacity,
    bookAcceptUntil: deadline(u.bookAcceptUntil),
    bookRequestUntil: deadline(u.bookRequestUntil),
    cancelAcceptUntil: deadline(u.cancelAcceptUntil),
    cancelRequestUntil: deadline(u.cancelRequestUntil),
    position: u.position,
  };
}

/** Places held per unit and day (booked or awaiting a cancellation), every family counted. */
export async function loadOccupancy(
  em: EntityManager,
  unitIds: number[],
  from: string,
  to: string,
): Promise<Occupancy[]> {
  if (unitIds.length === 0) return [];
  const rows = await em.execute<{ unit_id: number; date: string; taken: string }[]>(
    `select unit_id, to_char(date, 'YYYY-MM-DD') as date, count(*) as taken from booking
     where unit_id in (?) and date between ? and ? and state in ('booked', 'cancel_requested')
     group by unit_id, date`,
    [unitIds, from, to],
  );
  return rows.map((r) => ({ unitId: r.unit_id, date: r.date, taken: Number(r.taken) }));
}

const PREVIEW_MS = 1000;
type Preview = { until: number; occupancy: Promise<Occupancy[]> };
/** Per database (one ORM's configuration): tests run several portals over different databases in one process. */
const previewsByDatabase = new WeakMap<object, Map<string, Preview>>();

/**
 * The places taken that a planning grid shows, counted at most once a second per facility and period by
 * this instance and shared by every parent who opens that planning meanwhile. At the opening of
 * registrations every parent opens the same period at once, and the count reads every booking of the
 * period: in the rush it was the database's heaviest work. The grid is a preview (the submission decides
 * again under the cells' locks with fresh counts), so a second's delay changes no decision.
 */
async function previewOccupancy(
  em: EntityManager,
  unitIds: number[],
  from: string,
  to: string,
): Promise<Occupancy[]> {
  const key = `${unitIds.join(',')}|${from}|${to}`;
  const now = Date.now();
  let previews = previewsByDatabase.get(em.config);
  if (!previews) {
    previews = new Map();
    previewsByDatabase.set(em.config, previews);
  }
  let preview = previews.get(key);
  if (!preview || preview.until <= now) {
    for (const [k, p] of previews) if (p.until <= now) previews.delete(k);
    const fresh: Preview = { until: now + PREVIEW_MS, occupancy: loadOccupancy(em, unitIds, from, to) };
    previews.set(key, fresh);
    fresh.occupancy.catch(() => previews.get(key) === fresh && previews.delete(key));
    preview = fresh;
  }
  // Copies: a caller may adjust its own (as a submission does), never the shared one.
  return (await preview.occupancy).map((o) => ({ ...o }));
}

/** Places held on the given unit × day cells only: what a submission's decisions read. */
async function loadOccupancyOf(
  em: EntityManager,
  cells: readonly { unitId: number; date: string }[],
): Promise<Occupancy[]> {
  if (cells.length === 0) return [];
  const rows = await em.execute<{ unit_id: number; date: string; taken: string }[]>(
    `select unit_id, to_char(date, 'YYYY-MM-DD') as date, count(*) as taken from booking
     where (unit_id, date) in (${cells.map(() => '(?::int, ?::date)').join(', ')})
       and state in ('booked', 'cancel_requested')
     group by unit_id, date`,
    cells.flatMap((c) => [c.unitId, c.date]),
  );
  return rows.map((r) => ({ unitId: r.unit_id, date: r.date, taken: Number(r.taken) }));
}

/** The child's cells in the period, with the reservation that last changed each. */
export async function loadCells(
  em: EntityManager,
  childId: number,
  unitIds: number[],
  from: string,
  to: string,
): Promise<BookedCell[]> {
  if (unitIds.length === 0) return [];
  const rows = await em.execute<
    { unit_id: number; date: string; state: BookedCell['state']; number: string }[]
  >(
    `select b.unit_id, to_char(b.date, 'YYYY-MM-DD') as date, b.state, r.number from booking b
     join reservation_line l on l.id = b.line_id join reservation r on r.id = l.reservation_id
     where b.child_id = ? and b.unit_id in (?) and b.date between ? and ? order by b.date, b.unit_id`,
    [childId, unitIds, from, to],
  );
  return rows.map((r) => ({ unitId: r.unit_id, date: r.date, state: r.state, reservationNumber: r.number }));
}

/** What the rules read of a period: its entity, or the plain row a read service selected. */
export type PlanningPeriod = Pick<
  PeriodEntity,
  'id' | 'name' | 'startDate' | 'endDate' | 'weekdays' | 'schoolLevels' | 'bookingOpensAt' | 'bookingClosesAt'
> & { facility: { id: number } };

/** A `unit` row as PostgreSQL returns it: read by the planning and by the rush benchmark's raw writer. */
export type UnitRow = {
  id: number;
  name: string;
  code: string;
  start_time: string;
  end_time: string;
  weekdays: number[];
  daily_capacity: number;
  book_accept_until_days_before: number;
  book_accept_until_time: string;
  book_request_until_days_before: number;
  book_request_until_time: string;
  cancel_accept_until_days_before: number;
  cancel_accept_until_time: string;
  cancel_request_until_days_before: number;
  cancel_request_until_time: string;
  position: number;
};

export const unitRulesOfRow = (u: UnitRow): UnitRules => ({
  id: u.id,
  name: u.name,
  code: u.code,
  startTime: u.start_time,
  endTime: u.end_time,
  weekdays: u.weekdays,
  dailyCapacity: u.daily_capacity,
  bookAcceptUntil: { daysBefore: u.book_accept_until_days_before, time: u.book_accept_until_time },
  bookRequestUntil: { daysBefore: u.book_request_until_days_before, time: u.book_request_until_time },
  cancelAcceptUntil: { daysBefore: u.cancel_accept_until_days_before, time: u.cancel_accept_until_time },
  cancelRequestUntil: { daysBefore: u.cancel_request_until_days_before, time: u.cancel_request_until_time },
  position: u.position,
});

/**
 * The facility's units straight into the rules' shape: planning grids are the portal's hottest read, and
 * hydrating entities only to copy them into plain objects cost more than the query itself.
 */
async function loadUnitRules(em: EntityManager, facilityId: number): Promise<UnitRules[]> {
  const rows = await em.execute<UnitRow[]>(
    `select id, name, code, start_time, end_time, weekdays, daily_capacity,
       book_accept_until_days_before, book_accept_until_time, book_request_until_days_before,
       book_request_until_time, cancel_accept_until_days_before, cancel_accept_until_time,
       cancel_request_until_days_before, cancel_request_until_time, position
     from unit where facility_id = ? order by position asc, id asc`,
    [facilityId],
  );
  return rows.map(unitRulesOfRow);
}

/** Closures of the facility or of every facility that overlap the period. */
async function loadClosures(em: EntityManager, facilityId: number, from: string, to: string) {
  return em.execute<{ startDate: string; endDate: string; reason: string }[]>(
    `select to_char(start_date, 'YYYY-MM-DD') as "startDate", to_char(end_date, 'YYYY-MM-DD') as "endDate", reason
     from closure where (facility_id = ? or facility_id is null) and start_date <= ? and end_date >= ?`,
    [facilityId, to, from],
  );
}

/**
 * Everything the shared rules need to decide the cells of `period` for a child of `childLevel`. Given
 * `onlyCells`, the places taken are read for those cells only (a submission decides nothing else): counting
 * a whole period's bookings on every submission grows with the rush itself.
 */
export async function loadPlanningContext(
  em: EntityManager,
  period: PlanningPeriod,
  childId: number,
  childLevel: SchoolLevel,
  onlyCells?: readonly { unitId: number; date: string }[],
): Promise<PlanningContext> {
  const facilityId = period.facility.id;
  const units = await loadUnitRules(em, facilityId);
  const closures = await loadClosures(em, facilityId, period.startDate, period.endDate);
  const unitIds = units.map((u) => u.id);
  return {
    childLevel,
    period: {
      id: period.id,
      name: period.name,
      startDate: period.startDate,
      endDate: period.endDate,
      weekdays: [...period.weekdays],
      schoolLevels: [...period.schoolLevels],
      bookingOpensAt: period.bookingOpensAt.toISOString(),
      bookingClosesAt: period.bookingClosesAt.toISOString(),
    },
    units,
    closures,
    cells: await loadCells(em, childId, unitIds, period.startDate, period.endDate),
    occupancy: onlyCells
      ? await loadOccupancyOf(em, onlyCells)
      : await previewOccupancy(em, unitIds, period.startDate, period.endDate),
  };
}
