import type { PlanningContext, ReservationLineInput } from '@portail/shared/bookings/planning';
import { decideLine, reservationStateOf } from '@portail/shared/bookings/rules';
import type pg from 'pg';
import { type UnitRow, unitRulesOfRow } from '../../server/src/bookings/context.ts';
import { LIVE_CHANNEL } from '../../server/src/live/bus.ts';

/**
 * The database's floor for one submission: the same rows as `submitReservation` writes (client_mutation,
 * number_sequence, reservation, its lines, the bookings, two live_event rows, the stored outcome), the same
 * advisory locks (the child, then every unit × day in one sorted order), the same reads the decision needs
 * (units, closures, the child's cells, the places taken), decided by the same shared rules, in one
 * transaction on a raw `pg` connection, with as few round trips as raw SQL allows.
 *
 * `events`: `after-commit` sends NOTIFY after COMMIT like the portal (coalesced within a tick like
 * `LiveBus.notify`); `in-transaction` sends it before COMMIT (PostgreSQL then serialises committers on its
 * notification queue); `none` writes no live_event row and sends nothing.
 */
export type EventsMode = 'after-commit' | 'in-transaction' | 'none';
export type Submission = {
  guardianId: number;
  familyId: number;
  childId: number;
  periodId: number;
  clientMutationId: string;
  lines: ReservationLineInput[];
};
export type WriterOutcome = { number: string | null; recorded: number; replayed: boolean };

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);

export class RawWriter {
  readonly #pool: pg.Pool;
  readonly #events: EventsMode;
  #notifying = false;

  constructor(pool: pg.Pool, events: EventsMode) {
    this.#pool = pool;
    this.#events = events;
  }

  async submit(s: Submission, now = new Date()): Promise<WriterOutcome> {
    const db = await this.#pool.connect();
    let outcome: WriterOutcome;
    try {
      await db.query('begin');
      outcome = await this.#write(db, s, now);
      await db.query('commit');
    } catch (error) {
      await db.query('rollback').catch(() => {});
      throw error;
    } finally {
      db.release();
    }
    if (this.#events === 'after-commit' && outcome.recorded > 0) this.#notify();
    return outcome;
  }

  async #write(db: pg.PoolClient, s: Submission, now: Date): Promise<WriterOutcome> {
    const claimed = await db.query(
      `insert into client_mutation (guardian_id, id, kind, outcome, created_at)
       values ($1, $2, 'reservation', 'null', now()) on conflict do nothing returning id`,
      [s.guardianId, s.clientMutationId],
    );
    if (claimed.rowCount === 0) return { number: null, recorded: 0, replayed: true };
    // One connection answers one query at a time: these run in turn, as on the portal's connection.
    const child = await db.query<{ id: number; school_level: PlanningContext['childLevel'] }>(
      'select id, school_level from child where id = $1 and family_id = $2',
      [s.childId, s.familyId],
    );
    const period = await db.query(
      `select p.*, to_char(p.start_date, 'YYYY-MM-DD') as start, to_char(p.end_date, 'YYYY-MM-DD') as end
       from period p join facility f on f.id = p.facility_id where p.id = $1`,
      [s.periodId],
    );
    const c = child.rows[0];
    const p = period.rows[0];
    if (!c || !p) throw new Error('child or period not found');

    const cells = [...new Set(s.lines.map((l) => `${l.unitId}:${dayNumber(l.date)}`))]
      .map((k) => k.split(':').map(Number) as [number, number])
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    await db.query(
      `select pg_advisory_xact_lock($1::bigint),
              (select count(pg_advisory_xact_lock(u, d)) from (select u, d from unnest($2::int[], $3::int[]) as k(u, d) order by u, d) as sorted)`,
      [s.childId, cells.map((k) => k[0]), cells.map((k) => k[1])],
    );

    const units = await db.query<UnitRow>('select * from unit where facility_id = $1 order by position, id', [
      p.facility_id,
    ]);
    const closures = await db.query(
      `select to_char(start_date, 'YYYY-MM-DD') as start, to_char(end_date, 'YYYY-MM-DD') as end, reason
         from closure where (facility_id = $1 or facility_id is null) and start_date <= $3 and end_date >= $2`,
      [p.facility_id, p.start, p.end],
    );
    const booked = await db.query(
      `select b.unit_id, to_char(b.date, 'YYYY-MM-DD') as date, b.state, r.number from booking b
         join reservation_line l on l.id = b.line_id join reservation r on r.id = l.reservation_id
         where b.child_id = $1 and b.date between $2 and $3`,
      [s.childId, p.start, p.end],
    );
    const taken = await db.query<{ unit_id: number; date: string; taken: string }>(
      `select unit_id, to_char(date, 'YYYY-MM-DD') as date, count(*) as taken from booking
         where (unit_id, date) in (select * from unnest($1::int[], $2::date[]))
           and state in ('booked', 'cancel_requested') group by unit_id, date`,
      [s.lines.map((l) => l.unitId), s.lines.map((l) => l.date)],
    );
    const ctx: PlanningContext = {
      childLevel: c.school_level,
      period: {
        id: p.id,
        name: p.name,
        startDate: p.start,
        endDate: p.end,
        weekdays: p.weekdays,
        schoolLevels: p.school_levels,
        bookingOpensAt: p.booking_opens_at.toISOString(),
        bookingClosesAt: p.booking_closes_at.toISOString(),
      },
      units: units.rows.map(unitRulesOfRow),
      closures: closures.rows.map((r) => ({ startDate: r.start, endDate: r.end, reason: r.reason })),
      cells: booked.rows.map((r) => ({
        unitId: r.unit_id,
        date: r.date,
        state: r.state,
        reservationNumber: r.number,
      })),
      occupancy: taken.rows.map((r) => ({ unitId: r.unit_id, date: r.date, taken: Number(r.taken) })),
    };
    const outcomes = s.lines.map((line) => decideLine(ctx, line, now));
    const recorded = outcomes.filter((o) => o.state !== 'refused');
    let number: string | null = null;
    if (recorded.length > 0) {
      const year = Number(now.toISOString().slice(0, 4));
      const seq = await db.query<{ last_number: number }>(
        `insert into number_sequence (series, year, last_number) values ('reservation', $1, 1)
         on conflict (series, year) do update set last_number = number_sequence.last_number + 1
         returning last_number`,
        [year],
      );
      number = `R${year}-${String(seq.rows[0]?.last_number).padStart(6, '0')}`;
      const state = reservationStateOf(recorded.map((o) => o.state));
      const reservation = await db.query<{ id: number }>(
        `insert into reservation (number, child_id, period_id, guardian_id, state, client_mutation_id, created_at)
         values ($1, $2, $3, $4, $5, $6, now()) returning id`,
        [number, s.childId, s.periodId, s.guardianId, state, s.clientMutationId],
      );
      const reservationId = reservation.rows[0]?.id;
      await db.query(
        `with line as (
           insert into reservation_line (reservation_id, date, unit_id, action, state, request_reason)
           select $1, d, u, 'book', st, rr from unnest($2::date[], $3::int[], $4::text[], $5::text[]) as x(d, u, st, rr)
           returning id, date, unit_id, state)
         insert into booking (child_id, unit_id, date, state, line_id, updated_at)
         select $6, unit_id, date, case when state = 'accepted' then 'booked' else 'requested' end, id, now() from line`,
        [
          reservationId,
          recorded.map((o) => o.date),
          recorded.map((o) => o.unitId),
          recorded.map((o) => o.state),
          recorded.map((o) => o.requestReason),
          s.childId,
        ],
      );
      if (this.#events !== 'none') {
        const submitted = {
          type: 'reservation.submitted',
          reservationId,
          number,
          childId: s.childId,
          state,
          requested: recorded.filter((o) => o.state === 'requested').length,
        };
        const occupancy = {
          type: 'occupancy.changed',
          cells: recorded.map((o) => ({ unitId: o.unitId, date: o.date })),
        };
        await db.query(
          `insert into live_event (family_id, for_staff, for_families, type, payload, created_at)
           values ($1, true, false, 'reservation.submitted', $2, now()), (null, true, false, 'occupancy.changed', $3, now())`,
          [s.familyId, JSON.stringify(submitted), JSON.stringify(occupancy)],
        );
        if (this.#events === 'in-transaction') await db.query(`select pg_notify('${LIVE_CHANNEL}', '')`);
      }
    }
    await db.query('update client_mutation set outcome = $1 where guardian_id = $2 and id = $3', [
      JSON.stringify({ number, lines: outcomes, replayed: false }),
      s.guardianId,
      s.clientMutationId,
    ]);
    return { number, recorded: recorded.length, replayed: false };
  }

  /** Like `LiveBus.notify`: coalesced within a tick, then sent on any pooled connection. */
  #notify() {
    if (this.#notifying) return;
    this.#notifying = true;
    queueMicrotask(() => {
      this.#notifying = false;
      this.#pool.query(`select pg_notify('${LIVE_CHANNEL}', '')`).catch(() => {});
    });
  }
}
