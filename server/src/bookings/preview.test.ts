import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingFixture, schoolDay } from '../../test/bookings-fixture.ts';
import { closeTestOrm, createTestOrm } from '../../test/database.ts';
import { planningView } from './queries.ts';
import { submitReservation } from './submit.ts';

let orm: MikroORM;
beforeAll(async () => {
  orm = await createTestOrm();
});
afterAll(() => closeTestOrm(orm));

describe('places shown on the planning grid', () => {
  it('are shared for a second, while a submission decides on the places taken right now', async () => {
    const f = await bookingFixture(orm.em.fork(), { capacity: 1, children: 2 });
    const date = schoolDay(10);
    const [first, second] = f.children.map((c) => c.id) as [number, number];
    const taken = async (childId: number) => {
      const view = await planningView(
        orm.em.fork(),
        f.familyId,
        f.guardian.id,
        { childId, periodId: f.period.id },
        new Date(),
      );
      return view.context.occupancy.find((o) => o.date === date)?.taken ?? 0;
    };
    const submit = (childId: number) =>
      submitReservation(orm.em.fork(), f.familyId, f.guardian.id, {
        clientMutationId: crypto.randomUUID(),
        childId,
        periodId: f.period.id,
        lines: [{ date, unitId: f.unit.id, action: 'book' }],
      });

    expect(await taken(first)).toBe(0);
    expect((await submit(first)).lines[0]?.state).toBe('accepted');
    // The grid may still show the place free for up to a second…
    expect(await taken(second)).toBe(0);
    // …but the submission counts again under the cell's lock: the last place is gone, the child waits.
    expect((await submit(second)).lines[0]?.state).toBe('requested');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await taken(second)).toBe(1);
  });
});
