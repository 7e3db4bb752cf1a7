import { randomBytes, randomUUID } from 'node:crypto';
import { addDays, isoWeekday, isPublicHoliday, parisDate } from '@portail/shared/bookings/calendar';
import { pino } from 'pino';
import { KeyRing } from '../../server/src/auth/keys.ts';
import { AccessTokens } from '../../server/src/auth/tokens.ts';
import { submitReservation } from '../../server/src/bookings/submit.ts';
import { openDatabase } from '../../server/src/db/orm.ts';
import { adminQuery, databaseUrl } from '../../server/test/admin.ts';
import { bookingFixture } from '../../server/test/bookings-fixture.ts';

export { adminQuery, databaseUrl };

export const adminUrl = () => process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function postgresVersion(admin: string): Promise<string> {
  const [row] = await adminQuery<{ version: string }>(admin, 'select version()');
  return row?.version ?? 'unknown';
}

/** Databases this run created and has not dropped yet (dropped by the watchdog if the run is cut short). */
export const createdDatabases = new Set<string>();

/** A fresh, empty database named bench_*, dropped by `dropBenchDatabase` at the end of the run. */
export async function createBenchDatabase(admin: string): Promise<{ name: string; url: string }> {
  const name = `bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await adminQuery(admin, `create database ${name}`);
  createdDatabases.add(name);
  return { name, url: databaseUrl(admin, name) };
}

export async function dropBenchDatabase(admin: string, name: string): Promise<void> {
  if (!/^bench_[a-z0-9_]+$/.test(name)) throw new Error(`refusing to drop ${name}`);
  await adminQuery(admin, `drop database if exists ${name} with (force)`);
  createdDatabases.delete(name);
}

export type Seed = {
  /** Requested reservation lines of one family, each to be refused by one staff decision. */
  lineIds: number[];
  familyId: number;
  staffId: number;
  /** Access tokens signed with the key the server reads from `signing_key`, one per session. */
  staffTokens: string[];
  guardianTokens: string[];
  deciderToken: string;
};

/**
 * Migrates the bench database and seeds what the decisions need through the app's own services: the test
 * fixture (a facility whose unit has 0 places, so every booking becomes a request for staff), then one
 * submission per child over every school day of the period, giving one requested line per decision.
 * Tokens are minted with the app's AccessTokens over the same database (it creates the signing key the
 * server then verifies with), as `auth.login` would, without going through password hashing 5,000 times.
 */
export async function seed(
  url: string,
  options: { staffSessions: number; guardianSessions: number },
): Promise<Seed> {
  const orm = await openDatabase(url, pino({ level: 'warn' }));
  try {
    const f = await bookingFixture(orm.em.fork(), { capacity: 0, children: 5 });
    const today = parisDate(new Date());
    const days: string[] = [];
    for (let d = addDays(today, 3); d < addDays(today, 88); d = addDays(d, 1))
      if ([1, 2, 4, 5].includes(isoWeekday(d)) && !isPublicHoliday(d)) days.push(d);
    for (const child of f.children) {
      const outcome = await submitReservation(orm.em.fork(), f.familyId, f.guardian.id, {
        clientMutationId: randomUUID(),
        childId: child.id,
        periodId: f.period.id,
        lines: days.map((date) => ({ date, unitId: f.unit.id, action: 'book' as const })),
      });
      if (outcome.lines.some((l) => l.state !== 'requested'))
        throw new Error(`seed: expected only requested lines, got ${JSON.stringify(outcome.lines[0])}`);
    }
    const rows = await orm.em
      .fork()
      .getConnection()
      .execute<{ id: number }[]>(`select id from reservation_line where state = 'requested' order by id`);
    const tokens = new AccessTokens(new KeyRing(orm), 3600);
    const staff = () =>
      tokens
        .sign({ kind: 'staff', staffId: f.staff.id, role: 'agent', sessionId: randomUUID() })
        .then((t) => t.token);
    const staffTokens: string[] = [];
    for (let i = 0; i < options.staffSessions; i++) staffTokens.push(await staff());
    const guardianTokens: string[] = [];
    for (let i = 0; i < options.guardianSessions; i++)
      guardianTokens.push(
        (
          await tokens.sign({
            kind: 'guardian',
            guardianId: f.guardian.id,
            familyId: f.family.id,
            sessionId: randomUUID(),
          })
        ).token,
      );
    return {
      lineIds: rows.map((r) => Number(r.id)),
      familyId: f.family.id,
      staffId: f.staff.id,
      staffTokens,
      guardianTokens,
      deciderToken: await staff(),
    };
  } finally {
    await orm.close();
  }
}
