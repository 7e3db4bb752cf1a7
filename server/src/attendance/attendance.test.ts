import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingFixture, schoolDay } from '../../test/bookings-fixture.ts';
import { wsClient } from '../../test/http.ts';
import { startTestServer } from '../../test/server.ts';
import { submitReservation } from '../bookings/submit.ts';
import type { RunningServer } from '../server.ts';

let server: RunningServer;
let fixture: Awaited<ReturnType<typeof bookingFixture>>;
let staffToken: string;
const date = schoolDay(10);

beforeAll(async () => {
  server = await startTestServer();
  fixture = await bookingFixture(server.orm.em.fork(), { capacity: 1, children: 2 });
  for (const child of fixture.children) {
    await submitReservation(server.orm.em.fork(), fixture.familyId, fixture.guardian.id, {
      clientMutationId: crypto.randomUUID(),
      childId: child.id,
      periodId: fixture.period.id,
      lines: [{ date, unitId: fixture.unit.id, action: 'book' }],
    });
  }
  staffToken = (
    await server.tokens.sign({
      kind: 'staff',
      staffId: fixture.staff.id,
      role: 'agent',
      sessionId: crypto.randomUUID(),
    })
  ).token;
});
afterAll(() => server?.stop());

describe('daily lists and occupancy', () => {
  it('counts booked and requested against capacity, and lists the children expected', async () => {
    const staff = wsClient(server.url, staffToken);
    const board = await staff.trpc.attendance.occupancy.query({
      facilityId: fixture.facility.id,
      from: date,
      to: date,
    });
    expect(board.units).toEqual([expect.objectContaining({ id: fixture.unit.id, capacity: 1 })]);
    expect(board.cells).toEqual([{ unitId: fixture.unit.id, date, booked: 1, requested: 1 }]);
    const presence = await staff.trpc.attendance.presence.query({ facilityId: fixture.facility.id, date });
    expect(presence).toHaveLength(1);
    expect(presence[0]?.children).toHaveLength(1);
    staff.close();
  });

  it('exports the «Liste de présence» as CSV for staff only', async () => {
    const url = `${server.url}/files/exports/presence.csv?facilityId=${fixture.facility.id}&date=${date}`;
    expect((await fetch(url)).status).toBe(401);
    const guardianToken = (
      await server.tokens.sign({
        kind: 'guardian',
        guardianId: fixture.guardian.id,
        familyId: fixture.family.id,
        sessionId: crypto.randomUUID(),
      })
    ).token;
    expect((await fetch(url, { headers: { authorization: `Bearer ${guardianToken}` } })).status).toBe(403);
    const res = await fetch(url, { headers: { authorization: `Bearer ${staffToken}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.startsWith('Prestation;Nom;Prénom;Niveau;Classe')).toBe(true);
    expect(text.trim().split('\n')).toHaveLength(2);
  });
});
