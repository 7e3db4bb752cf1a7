import { TRPCError } from '@trpc/server';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../test/server.ts';
import { GuardianEntity, StaffUserEntity } from './accounts/entities.ts';
import { hashPassword } from './auth/passwords.ts';
import type { Principal } from './auth/principal.ts';
import { appRouter } from './router.ts';
import type { RunningServer } from './server.ts';
import { createCallerFactory } from './trpc/trpc.ts';

type Level = 'public' | 'signedIn' | 'guardian' | 'staff' | 'admin';

/**
 * Who may call what. Every procedure of the router must be listed: a new procedure without a line here
 * fails this test, so nobody forgets to decide its access level.
 */
const access = {
  'account.changePassword': 'guardian',
  'account.changePhone': 'guardian',
  'account.get': 'guardian',
  'account.requestEmailChange': 'guardian',
  'absences.list': 'staff',
  'absences.set': 'staff',
  'billing.invoice': 'guardian',
  'billing.invoices': 'guardian',
  'billing.payments': 'guardian',
  'invoicing.cancel': 'admin',
  'invoicing.issue': 'admin',
  'invoicing.preview': 'admin',
  'invoicing.reissue': 'admin',
  'auth.activate': 'public',
  'auth.checkLink': 'public',
  'auth.confirmEmailChange': 'public',
  'auth.login': 'public',
  'auth.logout': 'public',
  'auth.logoutEverywhere': 'signedIn',
  'auth.me': 'signedIn',
  'auth.refresh': 'public',
  'auth.requestPasswordReset': 'public',
  'auth.resetPassword': 'public',
  'documents.listAll': 'staff',
  'documents.listPublic': 'public',
  'documents.remove': 'staff',
  'documents.update': 'staff',
  'families.create': 'staff',
  'families.get': 'staff',
  'families.resendActivation': 'staff',
  'families.search': 'staff',
  'families.update': 'staff',
  'mail.get': 'staff',
  'mail.list': 'staff',
  'menus.current': 'public',
  'menus.publishWeek': 'staff',
  'menus.saveDay': 'staff',
  'menus.week': 'staff',
  'municipality.get': 'public',
  'municipality.update': 'admin',
  'live.events': 'signedIn',
  'attendance.meals': 'staff',
  'attendance.occupancy': 'staff',
  'attendance.presence': 'staff',
  'bookings.children': 'guardian',
  'bookings.choices': 'guardian',
  'bookings.planning': 'guardian',
  'bookings.reservations': 'guardian',
  'bookings.submit': 'guardian',
  'payments.byReference': 'guardian',
  'payments.familyInvoices': 'staff',
  'payments.monitor': 'staff',
  'payments.recap': 'guardian',
  'payments.recordDesk': 'staff',
  'payments.start': 'guardian',
  'requests.decide': 'staff',
  'requests.list': 'staff',
  'setup.deleteClosure': 'admin',
  'setup.get': 'staff',
  'setup.saveClosure': 'admin',
  'setup.saveFacility': 'admin',
  'setup.savePeriod': 'admin',
  'setup.saveUnit': 'admin',
  'staffAccounts.create': 'admin',
  'staffAccounts.list': 'staff',
  'staffAccounts.setDisabled': 'admin',
  'staffAccounts.setRole': 'admin',
} as const satisfies Record<string, Level>;

const callers = ['anonymous', 'guardian', 'agent', 'admin'] as const;
type Who = (typeof callers)[number];
let principals: Record<Who, Principal | undefined>;

/** The code each kind of caller gets from a procedure of each level, or `allowed`. */
const expected: Record<Level, Record<Who, 'allowed' | 'UNAUTHORIZED' | 'FORBIDDEN'>> = {
  public: { anonymous: 'allowed', guardian: 'allowed', agent: 'allowed', admin: 'allowed' },
  signedIn: { anonymous: 'UNAUTHORIZED', guardian: 'allowed', agent: 'allowed', admin: 'allowed' },
  guardian: { anonymous: 'UNAUTHORIZED', guardian: 'allowed', agent: 'FORBIDDEN', admin: 'FORBIDDEN' },
  staff: { anonymous: 'UNAUTHORIZED', guardian: 'FORBIDDEN', agent: 'allowed', admin: 'allowed' },
  admin: { anonymous: 'UNAUTHORIZED', guardian: 'FORBIDDEN', agent: 'FORBIDDEN', admin: 'allowed' },
};

let server: RunningServer;
beforeAll(async () => {
  // Hundreds of calls from one session and one address in a few seconds: the rate limits are not under test.
  server = await startTestServer({ RATE_LIMIT_PER_SESSION: '100000', RATE_LIMIT_SESSION_WRITES: '100000' });
  const em = server.orm.em.fork();
  const guardian = await em.findOneOrFail(GuardianEntity, { email: 'parent@demo.fr' });
  const admin = await em.findOneOrFail(StaffUserEntity, { email: 'agent@demo.fr' });
  const agent = em.create(StaffUserEntity, {
    email: 'simple.agent@demo.fr',
    firstName: 'Sam',
    lastName: 'Agent',
    role: 'agent',
    passwordHash: await hashPassword('Agent-Simple-2026'),
  });
  await em.flush();
  const sessionId = crypto.randomUUID();
  principals = {
    anonymous: undefined,
    guardian: { kind: 'guardian', guardianId: guardian.id, familyId: guardian.family.id, sessionId },
    agent: { kind: 'staff', staffId: agent.id, role: 'agent', sessionId },
    admin: { kind: 'staff', staffId: admin.id, role: 'admin', sessionId },
  };
});
afterAll(() => server?.stop());

function callerFor(who: Who) {
  return createCallerFactory(appRouter)({
    ...server,
    log: pino({ level: 'silent' }),
    principal: principals[who],
    tokenRejected: false,
    ip: '192.0.2.1',
    userAgent: 'access-matrix',
    http: undefined,
    socket: undefined,
  });
}

/** Calls a procedure by path with an input that is valid for none: only the access decision can answer. */
async function outcome(who: Who, path: string, input: unknown): Promise<string> {
  // biome-ignore lint/suspicious/noExplicitAny: walking the caller by path
  let fn: any = callerFor(who);
  for (const part of path.split('.')) fn = fn[part];
  try {
    await fn(input);
    return 'allowed';
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return ['UNAUTHORIZED', 'FORBIDDEN'].includes(error.code) && error.cause?.name === 'AppError'
      ? error.code
      : 'allowed';
  }
}

describe('access matrix', () => {
  it('lists every procedure', () => {
    expect(Object.keys(appRouter._def.procedures).sort()).toEqual(Object.keys(access).sort());
  });

  for (const [path, level] of Object.entries(access)) {
    it(`${path} (${level})`, async () => {
      for (const who of callers) {
        // Refusals come before input validation: an unknown id and a known one are refused alike.
        const refusals = new Set([
          await outcome(who, path, { familyId: 1, id: 1 }),
          await outcome(who, path, { familyId: 987654, id: 987654 }),
        ]);
        const want = expected[level][who];
        if (want === 'allowed') {
          expect(refusals.has('UNAUTHORIZED') || refusals.has('FORBIDDEN'), `${who} on ${path}`).toBe(false);
        } else {
          expect([...refusals], `${who} on ${path}`).toEqual([want]);
        }
      }
    });
  }
});
