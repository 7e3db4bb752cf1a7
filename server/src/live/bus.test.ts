import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../test/server.ts';
import type { RunningServer } from '../server.ts';
import type { LiveRow } from './bus.ts';
import { type Audience, everyone, publish } from './publish.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

/** Family ids no fixture uses, so that events of other tests running against this server never match. */
const familyA = 900_001;
const familyB = 900_002;

async function publishMenu(audience: Audience, weekOf: string) {
  await server.orm.em.fork().transactional(async (tx) => {
    publish(tx, audience, { type: 'menu.published', facilityId: null, weekOf });
  });
}

/** Collects the weeks of the menus a subscriber receives (other tests' events are ignored). */
function collector() {
  const weeks: string[] = [];
  const subscriber = (row: LiveRow) => {
    if (row.delivered.event.type === 'menu.published') weeks.push(row.delivered.event.weekOf);
  };
  return { weeks, subscriber };
}

async function until(predicate: () => boolean) {
  const deadline = Date.now() + 5000;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the live bus', () => {
  it("hands a row only to its audience's subscribers", async () => {
    const parentA1 = collector();
    const parentA2 = collector();
    const parentB = collector();
    const staff = collector();
    const stops = [
      server.bus.subscribe({ familyId: familyA }, parentA1.subscriber),
      server.bus.subscribe({ familyId: familyA }, parentA2.subscriber),
      server.bus.subscribe({ familyId: familyB }, parentB.subscriber),
      server.bus.subscribe({ staff: true }, staff.subscriber),
    ];
    await publishMenu({ familyId: familyA }, 'family-a');
    await publishMenu({ staff: true }, 'staff');
    await publishMenu({ familyId: familyB, staff: true }, 'family-b-and-staff');
    await publishMenu(everyone, 'everyone');
    await until(() => staff.weeks.length === 3 && parentB.weeks.length === 2);

    expect(parentA1.weeks).toEqual(['family-a', 'everyone']);
    expect(parentA2.weeks).toEqual(['family-a', 'everyone']);
    expect(parentB.weeks).toEqual(['family-b-and-staff', 'everyone']);
    expect(staff.weeks).toEqual(['staff', 'family-b-and-staff', 'everyone']);
    for (const stop of stops) stop();
  });

  it('forgets every subscriber and every family once they unsubscribe, however many came and went', async () => {
    const baseline = server.bus.subscriberCount;
    const stops: (() => void)[] = [];
    for (let i = 0; i < 1000; i++) {
      const audience = i % 3 === 0 ? { staff: true as const } : { familyId: familyA + (i % 50) };
      stops.push(server.bus.subscribe(audience, () => {}));
    }
    expect(server.bus.subscriberCount).toBe(baseline + 1000);
    for (const stop of stops) stop();
    // Unsubscribing twice must not count twice.
    for (const stop of stops) stop();
    expect(server.bus.subscriberCount).toBe(baseline);

    // No family left indexed: an event for one of them reaches nobody, a new subscriber starts clean.
    const late = collector();
    const stop = server.bus.subscribe({ familyId: familyA + 1 }, late.subscriber);
    await publishMenu({ familyId: familyA + 1 }, 'after');
    await until(() => late.weeks.length === 1);
    expect(late.weeks).toEqual(['after']);
    stop();
    expect(server.bus.subscriberCount).toBe(baseline);
  });
});
