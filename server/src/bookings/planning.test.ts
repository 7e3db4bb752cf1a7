import type { MikroORM } from '@mikro-orm/postgresql';
import { addDays } from '@portail/shared/bookings/calendar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingFixture } from '../../test/bookings-fixture.ts';
import { closeTestOrm, createTestOrm } from '../../test/database.ts';
import { unitRules } from './context.ts';
import { ClosureEntity } from './entities.ts';
import { planningView } from './queries.ts';

let orm: MikroORM;
beforeAll(async () => {
  orm = await createTestOrm();
});
afterAll(() => closeTestOrm(orm));

// planningView reads plain rows, not entities: these pin each field to what the entities hold.
describe('the planning view', () => {
  it('gives the child, the facility, the referent and the rules as the entities hold them', async () => {
    const em = orm.em.fork();
    const f = await bookingFixture(em, { capacity: 3, children: 1 });
    const child = f.children[0];
    if (!child) throw new Error('no child');
    const inside = em.create(ClosureEntity, {
      facility: f.facility,
      startDate: addDays(f.period.startDate, 3),
      endDate: addDays(f.period.startDate, 5),
      reason: 'Travaux',
    });
    em.create(ClosureEntity, {
      facility: f.facility,
      startDate: addDays(f.period.endDate, 1),
      endDate: addDays(f.period.endDate, 2),
      reason: 'Après la période',
    });
    await em.flush();

    const now = new Date();
    const view = await planningView(
      orm.em.fork(),
      f.familyId,
      f.guardian.id,
      { childId: child.id, periodId: f.period.id },
      now,
    );
    expect(view).toEqual({
      child: {
        id: child.id,
        firstName: child.firstName,
        lastName: child.lastName,
        schoolLevel: 'elementaire',
      },
      facility: { id: f.facility.id, name: f.facility.name },
      referent: { firstName: 'Test', lastName: 'Référent' },
      context: {
        childLevel: 'elementaire',
        period: {
          id: f.period.id,
          name: f.period.name,
          startDate: f.period.startDate,
          endDate: f.period.endDate,
          weekdays: [1, 2, 4, 5],
          schoolLevels: ['elementaire'],
          bookingOpensAt: f.period.bookingOpensAt.toISOString(),
          bookingClosesAt: f.period.bookingClosesAt.toISOString(),
        },
        units: [unitRules(f.unit)],
        closures: [{ startDate: inside.startDate, endDate: inside.endDate, reason: 'Travaux' }],
        cells: [],
        occupancy: [],
      },
      serverNow: now.toISOString(),
    });
  });

  it("does not find another family's child nor an unknown period", async () => {
    const f = await bookingFixture(orm.em.fork(), { capacity: 1, children: 1 });
    const other = await bookingFixture(orm.em.fork(), { capacity: 1, children: 1 });
    const view = (childId: number, periodId: number) =>
      planningView(orm.em.fork(), f.familyId, f.guardian.id, { childId, periodId }, new Date());
    await expect(view(other.children[0]?.id ?? 0, f.period.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(view(f.children[0]?.id ?? 0, 987_654_321)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
