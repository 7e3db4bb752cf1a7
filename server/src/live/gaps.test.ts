import type { DeliveredEvent } from '@portail/shared/live/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingFixture, schoolDay } from '../../test/bookings-fixture.ts';
import { wsClient } from '../../test/http.ts';
import { startTestServer } from '../../test/server.ts';
import { guardianToken } from '../../test/tokens.ts';
import { submitReservation } from '../bookings/submit.ts';
import type { RunningServer } from '../server.ts';
import { publish } from './publish.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

describe('ids left unused by a rolled-back transaction', () => {
  it('do not hold back the events committed after them', async () => {
    const f = await bookingFixture(server.orm.em.fork(), { capacity: 5, children: 1 });
    const token = await guardianToken(server, f);
    const client = wsClient(server.url, token);
    const received: DeliveredEvent[] = [];
    const subscription = client.trpc.live.events.subscribe(
      { lastEventId: null },
      { onData: (t) => received.push(t.data) },
    );
    await new Promise((r) => setTimeout(r, 200));

    await server.orm.em
      .fork()
      .transactional(async (tx) => {
        publish(tx, { familyId: f.family.id }, { type: 'reload', reason: 'too_slow' });
        await tx.flush();
        throw new Error('rolled back on purpose');
      })
      .catch(() => {});
    const started = Date.now();
    await submitReservation(server.orm.em.fork(), f.familyId, f.guardian.id, {
      clientMutationId: crypto.randomUUID(),
      childId: f.children[0]?.id as number,
      periodId: f.period.id,
      lines: [{ date: schoolDay(10), unitId: f.unit.id, action: 'book' }],
    });
    while (received.length === 0 && Date.now() - started < 10_000)
      await new Promise((r) => setTimeout(r, 20));
    expect(received.map((e) => e.event.type)).toEqual(['reservation.submitted']);
    expect(Date.now() - started).toBeLessThan(2500);
    subscription.unsubscribe();
    client.close();
  });
});
