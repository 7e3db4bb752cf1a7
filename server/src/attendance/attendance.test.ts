import { addDays } from '@portail/shared/bookings/calendar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingFixture, schoolDay } from '../../test/bookings-fixture.ts';
import { wsClient } from '../../test/http.ts';
import { startTestServer } from '../../test/server.ts';
import { guardianToken } from '../../test/tokens.ts';
import { UnitEntity } from '../bookings/entities.ts';
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

const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

/** No token: 401; a guardian's: 403. */
async function expectStaffOnly(url: string) {
  expect((await fetch(url)).status).toBe(401);
  expect((await fetch(url, bearer(await guardianToken(server, fixture)))).status).toBe(403);
}

/** The rows of a CSV download, after checking the BOM that French spreadsheet software expects. */
async function csvLines(res: Response) {
  const bytes = Buffer.from(await res.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return bytes.subarray(3).toString('utf8').trim().split(/\r?\n/);
}

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
    await expectStaffOnly(url);
    const res = await fetch(url, bearer(staffToken));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const lines = await csvLines(res);
    expect(lines[0]).toBe('Prestation;Nom;Prénom;Niveau;Classe');
    expect(lines).toHaveLength(2);
  });

  it('exports «Effectifs restauration» as CSV for staff only: the meals booked, per day and facility', async () => {
    const url = (query: string) => `${server.url}/files/exports/restauration.csv?${query}`;
    const facilityRows = async (query: string) =>
      (await csvLines(await fetch(url(query), bearer(staffToken)))).filter((line) =>
        line.includes(fixture.facility.name),
      );
    await expectStaffOnly(url(`from=${date}&to=${date}`));

    // A unit without a meal (the fixture's morning care) feeds nobody: its facility is not in the file.
    expect(await facilityRows(`from=${date}&to=${date}`)).toEqual([]);
    // Once the unit includes a meal, its booked child counts, the one on the waiting list does not.
    await server.orm.em.fork().nativeUpdate(UnitEntity, { id: fixture.unit.id }, { includesMeal: true });

    const res = await fetch(url(`from=${date}&to=${date}`), bearer(staffToken));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toContain(`effectifs-restauration-${date}.csv`);
    const lines = await csvLines(res);
    expect(lines[0]).toBe('Date;Établissement;Repas');
    expect(lines.filter((line) => line.includes(fixture.facility.name))).toEqual([
      `${date};${fixture.facility.name};1`,
    ]);
    // The same figures as the console's table (attendance.meals).
    const staff = wsClient(server.url, staffToken);
    const meals = await staff.trpc.attendance.meals.query({ from: date, to: date });
    expect(meals).toContainEqual({ date, facility: fixture.facility.name, meals: 1 });
    staff.close();
    // Three months (92 days) is the longest span; the day counted is found in it.
    expect(await facilityRows(`from=${addDays(date, -91)}&to=${addDays(date, 1)}`)).toEqual([
      `${date};${fixture.facility.name};1`,
    ]);

    for (const [query, message] of [
      ['', 'Indiquez les dates au format AAAA-MM-JJ.'],
      [`from=${date}`, 'Indiquez les dates au format AAAA-MM-JJ.'],
      [`from=${date}&to=demain`, 'Indiquez les dates au format AAAA-MM-JJ.'],
      [`from=${date}&to=${addDays(date, -1)}`, 'Choisissez une période de trois mois au plus'],
      [`from=${date}&to=${addDays(date, 93)}`, 'Choisissez une période de trois mois au plus'],
    ] as const) {
      const refused = await fetch(url(query), bearer(staffToken));
      expect(refused.status, query).toBe(400);
      expect(await refused.text(), query).toContain(message);
    }
  });
});
