import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingFixture } from '../../test/bookings-fixture.ts';
import { closeTestOrm, createTestOrm } from '../../test/database.ts';
import { UnitEntity } from './entities.ts';
import { deleteClosure, loadSetup, saveClosure, savePeriod, saveUnit } from './setup.ts';

let orm: MikroORM;
beforeAll(async () => {
  orm = await createTestOrm();
});
afterAll(() => closeTestOrm(orm));

const deadline = (daysBefore: number, time: string) => ({ daysBefore, time });

describe('staff configuration', () => {
  it('updates a unit’s capacity, delays and price, and lists them', async () => {
    const f = await bookingFixture(orm.em.fork(), { capacity: 5, children: 0 });
    await saveUnit(orm.em.fork(), {
      id: f.unit.id,
      facilityId: f.facility.id,
      name: 'Accueil matin',
      code: 'AM',
      startTime: '07:15',
      endTime: '08:30',
      weekdays: [1, 2, 4, 5],
      dailyCapacity: 42,
      bookAcceptUntil: deadline(3, '12:00'),
      bookRequestUntil: deadline(1, '09:00'),
      cancelAcceptUntil: deadline(2, '12:00'),
      cancelRequestUntil: deadline(1, '09:00'),
      priceCents: 175,
      includesMeal: false,
      position: 0,
    });
    const unit = await orm.em.fork().findOneOrFail(UnitEntity, { id: f.unit.id });
    expect(unit).toMatchObject({ dailyCapacity: 42, startTime: '07:15', priceCents: 175 });
    expect(unit.bookAcceptUntil).toMatchObject({ daysBefore: 3, time: '12:00' });
    const setup = await loadSetup(orm.em.fork());
    expect(setup.facilities.find((x) => x.id === f.facility.id)?.units[0]).toMatchObject({
      dailyCapacity: 42,
    });
  });

  it('refuses a unit of another facility, as not found', async () => {
    const a = await bookingFixture(orm.em.fork(), { capacity: 5, children: 0 });
    const b = await bookingFixture(orm.em.fork(), { capacity: 5, children: 0 });
    await expect(
      saveUnit(orm.em.fork(), {
        id: a.unit.id,
        facilityId: b.facility.id,
        name: 'x',
        code: 'X',
        startTime: '07:00',
        endTime: '08:00',
        weekdays: [1],
        dailyCapacity: 1,
        bookAcceptUntil: deadline(2, '12:00'),
        bookRequestUntil: deadline(1, '09:00'),
        cancelAcceptUntil: deadline(2, '12:00'),
        cancelRequestUntil: deadline(1, '09:00'),
        priceCents: 0,
        includesMeal: false,
        position: 0,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('creates a period and a closure, and deletes the closure', async () => {
    const f = await bookingFixture(orm.em.fork(), { capacity: 5, children: 0 });
    const period = await savePeriod(orm.em.fork(), {
      facilityId: f.facility.id,
      name: 'Vacances de printemps',
      startDate: '2027-04-19',
      endDate: '2027-04-30',
      weekdays: [1, 2, 3, 4, 5],
      schoolLevels: ['elementaire'],
      bookingOpensAt: '2027-03-01T08:00:00+01:00',
      bookingClosesAt: '2027-04-10T12:00:00+02:00',
    });
    const closure = await saveClosure(orm.em.fork(), {
      facilityId: f.facility.id,
      startDate: '2027-04-23',
      endDate: '2027-04-23',
      reason: 'Journée pédagogique',
    });
    const setup = await loadSetup(orm.em.fork());
    expect(setup.facilities.find((x) => x.id === f.facility.id)?.periods.map((p) => p.id)).toContain(
      period.id,
    );
    expect(setup.closures.map((c) => c.id)).toContain(closure.id);
    await deleteClosure(orm.em.fork(), closure.id);
    expect((await loadSetup(orm.em.fork())).closures.map((c) => c.id)).not.toContain(closure.id);
  });
});
