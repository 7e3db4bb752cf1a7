import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingFixture, schoolDay } from '../../test/bookings-fixture.ts';
import { closeTestOrm, createTestOrm } from '../../test/database.ts';
import type { AuthorizedFamilyId } from '../trpc/procedures.ts';
import { BookingEntity, ReservationEntity, ReservationLineEntity } from './entities.ts';
import { decideRequests } from './requests.ts';
import { submitReservation } from './submit.ts';

let orm: MikroORM;
beforeAll(async () => {
  orm = await createTestOrm();
});
afterAll(() => closeTestOrm(orm));

const submit = (
  f: Awaited<ReturnType<typeof bookingFixture>>,
  childIndex: number,
  lines: { date: string; unitId: number; action: 'book' | 'cancel' }[],
  clientMutationId = crypto.randomUUID(),
) =>
  submitReservation(orm.em.fork(), f.familyId, f.guardian.id, {
    clientMutationId,
    childId: f.children[childIndex]?.id as number,
    periodId: f.period.id,
    lines,
  });

describe('submitting a reservation', () => {
  it('accepts a booking well before the deadline, numbers the reservation and fills the planning', async () => {
    const f = await bookingFixture(orm.em.fork(), { capacity: 10, children: 1 });
    const date = schoolDay(10);
    const outcome = await submit(f, 0, [{ date, unitId: f.unit.id, action: 'book' }]);
    expect(outcome.reservation?.number).toMatch(/^R\d{4}-\d{6}$/);
    expect(outcome.reservation?.state).toBe('accepted');
    expect(outcome.lines).toEqual([expect.objectContaining({ date, state: 'accepted', message: null })]);
    const cell = await orm.em.fork().findOneOrFail(BookingEntity, { child: f.children[0]?.id, date });
    expect(cell.state).toBe('booked');
  });

  it('records several days at once, and cancels several at once', async () => {
    const f = await bookingFixture(orm.em.fork(), { capacity: 10, children: 1 });
    const dates = [schoolDay(10), schoolDay(20), schoolDay(30)];
    const booked = await submit(
      f,
      0,
      dates.map((date) => ({ date, unitId: f.unit.id, action: 'book' as const })),
    );
    expect(booked.lines.map((l) => l.state)).toEqual(['accepted', 'accepted', 'accepted']);
    const cancelled = await submit(
      f,
      0,
      dates.slice(1).map((date) => ({ date, unitId: f.unit.id, action: 'cancel' as const })),
    );
    expect(cancelled.lines.map((l) => l.state)).toEqual(['accepted', 'accepted']);
    const cells = await orm.em.fork().find(BookingEntity, { child: f.children[0]?.id });
    expect(cells.map((c) => c.date)).toEqual([dates[0]]);
    expect(
      await orm.em.fork().count(ReservationLineEntity, { reservation: { child: f.children[0]?.id } }),
    ).toBe(5);
  });

  it('is applied once when sent twice with the same client mutation id, even at the same time', async () => {
    const f = await bookingFixture(orm.em.fork(), { capacity: 10, children: 1 });
    const id = crypto.randomUUID();
    const lines = [{ date: schoolDay(12), unitId: f.unit.id, action: 'book' as const }];
    const [a, b] = await Promise.all([submit(f, 0, lines, id), submit(f, 0, lines, id)]);
    expect(a.reservation?.number).toBe(b.reservation?.number);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    const again = await submit(f, 0, lines, id);
    expect(again).toMatchObject({ replayed: true, reservation: { number: a.reservation?.number } });
    expect(await orm.em.fork().count(ReservationEntity, { child: f.children[0]?.id })).toBe(1);
  });

  it('never exceeds capacity: 50 concurrent submissions for 5 places give 5 accepted and 45 requests', async () => {
    const f = await bookingFixture(orm.em.fork(), { capacity: 5, children: 50 });
    const date = schoolDay(14);
    const outcomes = await Promise.all(
      f.children.map((_, i) => submit(f, i, [{ date, unitId: f.unit.id, action: 'book' }])),
    );
    const states = outcomes.map((o) => o.lines[0]?.state);
    expect(states.filter((s) => s === 'accepted')).toHaveLength(5);
    expect(states.filter((s) => s === 'requested')).toHaveLength(45);
    expect(
      outcomes.every(
        (o) => o.lines[0]?.requestReason === (o.lines[0]?.state === 'requested' ? 'full' : null),
      ),
    ).toBe(true);
    const em = orm.em.fork();
    expect(await em.count(BookingEntity, { unit: f.unit.id, date, state: 'booked' })).toBe(5);
    expect(await em.count(BookingEntity, { unit: f.unit.id, date })).toBe(50);
    expect(await em.count(ReservationLineEntity, { unit: f.unit.id, date })).toBe(50);
  });

  it('answers bad lines one by one in French and records the rest, nothing half-written', async () => {
    const f = await bookingFixture(orm.em.fork(), { capacity: 10, children: 1 });
    const good = schoolDay(16);
    const wednesday = (() => {
      let d = schoolDay(16);
      while (new Date(`${d}T00:00:00Z`).getUTCDay() !== 3)
        d = new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      return d;
    })();
    const outcome = await submit(f, 0, [
      { date: good, unitId: f.unit.id, action: 'book' },
      { date: good, unitId: f.unit.id, action: 'book' },
      { date: wednesday, unitId: f.unit.id, action: 'book' },
      { date: good, unitId: 999_999, action: 'book' },
      { date: schoolDay(0, new Date(Date.now() - 3 * 86_400_000)), unitId: f.unit.id, action: 'book' },
    ]);
    expect(outcome.reservation?.state).toBe('accepted');
    const refused = outcome.lines.filter((l) => l.state === 'refused');
    expect(refused).toHaveLength(4);
    for (const line of refused) expect(line.message).toMatch(/\S+ : /);
    expect(await orm.em.fork().count(ReservationLineEntity, { reservation: outcome.reservation?.id })).toBe(
      1,
    );
  });

  it('refuses another family’s child without saying whether it exists', async () => {
    const a = await bookingFixture(orm.em.fork(), { capacity: 10, children: 1 });
    const b = await bookingFixture(orm.em.fork(), { capacity: 10, children: 1 });
    await expect(
      submitReservation(orm.em.fork(), a.familyId, a.guardian.id, {
        clientMutationId: crypto.randomUUID(),
        childId: b.children[0]?.id as number,
        periodId: b.period.id,
        lines: [{ date: schoolDay(10), unitId: b.unit.id, action: 'book' }],
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      submitReservation(orm.em.fork(), a.familyId as AuthorizedFamilyId, a.guardian.id, {
        clientMutationId: crypto.randomUUID(),
        childId: 987_654,
        periodId: b.period.id,
        lines: [{ date: schoolDay(10), unitId: b.unit.id, action: 'book' }],
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('cancels a booked day (guide §5) and frees its place', async () => {
    const f = await bookingFixture(orm.em.fork(), { capacity: 10, children: 1 });
    const date = schoolDay(18);
    await submit(f, 0, [{ date, unitId: f.unit.id, action: 'book' }]);
    const cancel = await submit(f, 0, [{ date, unitId: f.unit.id, action: 'cancel' }]);
    expect(cancel.lines[0]?.state).toBe('accepted');
    expect(await orm.em.fork().count(BookingEntity, { child: f.children[0]?.id, date })).toBe(0);
  });
});

describe('staff decisions', () => {
  it('lets one of two agents decide a line; the other is told; a full day needs an override', async () => {
    const f = await bookingFixture(orm.em.fork(), { capacity: 1, children: 2 });
    const date = schoolDay(20);
    await submit(f, 0, [{ date, unitId: f.unit.id, action: 'book' }]);
    const waiting = await submit(f, 1, [{ date, unitId: f.unit.id, action: 'book' }]);
    expect(waiting.lines[0]).toMatchObject({ state: 'requested', requestReason: 'full' });
    const line = await orm.em
      .fork()
      .findOneOrFail(ReservationLineEntity, { reservation: waiting.reservation?.id });
    const staffId = f.staff.id;
    await expect(
      decideRequests(orm.em.fork(), staffId, { lineIds: [line.id], decision: 'accept' }, new Date()),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const results = await Promise.allSettled([
      decideRequests(
        orm.em.fork(),
        staffId,
        { lineIds: [line.id], decision: 'accept', overrideCapacity: true },
        new Date(),
      ),
      decideRequests(
        orm.em.fork(),
        staffId,
        { lineIds: [line.id], decision: 'refuse', reason: 'Complet' },
        new Date(),
      ),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    const reservation = await orm.em.fork().findOneOrFail(ReservationEntity, { id: waiting.reservation?.id });
    expect(['accepted', 'refused']).toContain(reservation.state);
  });
});
