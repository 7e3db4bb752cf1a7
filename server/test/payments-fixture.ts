import { createServer } from 'node:net';
import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays, parisDate } from '@portail/shared/bookings/calendar';
import { FamilyEntity, GuardianEntity, StaffUserEntity } from '../src/accounts/entities.ts';
import { InvoiceEntity } from '../src/billing/entities.ts';
import { LiveEventEntity } from '../src/live/entities.ts';
import { MailMessageEntity } from '../src/mail/entities.ts';
import { nextNumber } from '../src/numbering/service.ts';
import { appRouter } from '../src/router.ts';
import type { RunningServer } from '../src/server.ts';
import type { AuthorizedFamilyId } from '../src/trpc/procedures.ts';
import { createCallerFactory } from '../src/trpc/trpc.ts';
import { startTestServer } from './server.ts';

const short = () => crypto.randomUUID().slice(0, 8);

/** A free local port, so that PUBLIC_URL (where banks call back) can be known before the server starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** The portal on a known port whose PUBLIC_URL is itself: the banks' notifications reach it. */
export async function startPaymentServer(env: Record<string, string> = {}) {
  const port = await freePort();
  return startTestServer({ PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, ...env });
}

/**
 * A family with one guardian and unpaid invoices of the given totals (one month each, from January 2026),
 * and an agent: what payment tests start from.
 */
export async function paymentFixture(em: EntityManager, totals: number[]) {
  return em.transactional(async (tx) => {
    const family = tx.create(FamilyEntity, {
      reference: `FP-${short()}`,
      addressLine1: '1 rue du Paiement',
      postalCode: '34000',
      city: 'Test',
    });
    const guardian = tx.create(GuardianEntity, {
      family,
      firstName: 'Camille',
      lastName: 'Payeur',
      email: `payeur-${short()}@test.example`,
    });
    const staff = tx.create(StaffUserEntity, {
      email: `guichet-${short()}@test.example`,
      firstName: 'Agent',
      lastName: 'Guichet',
      role: 'agent',
      passwordHash: 'not-used',
    });
    const today = parisDate(new Date());
    const invoices: InvoiceEntity[] = [];
    for (const [i, totalCents] of totals.entries()) {
      invoices.push(
        tx.create(InvoiceEntity, {
          number: await nextNumber(tx, 'invoice', 2026),
          family,
          month: `2026-${String(i + 1).padStart(2, '0')}`,
          issuedAt: new Date(),
          dueDate: addDays(today, 30),
          totalCents,
          state: 'unpaid',
        }),
      );
    }
    await tx.flush();
    return { family, familyId: family.id as AuthorizedFamilyId, guardian, staff, invoices };
  });
}

export type PaymentFixture = Awaited<ReturnType<typeof paymentFixture>>;

/** The `payment.updated` events written for a payment, oldest first. */
export async function paymentEvents(em: EntityManager, paymentId: number) {
  const events = await em.find(LiveEventEntity, { type: 'payment.updated' }, { orderBy: { id: 'asc' } });
  return events
    .map((e) => e.payload as { paymentId: number; state: string })
    .filter((p) => p.paymentId === paymentId)
    .map((p) => p.state);
}

/** The mails queued for `to`, oldest first. */
export const mailsTo = (em: EntityManager, to: string) =>
  em.find(MailMessageEntity, { to }, { orderBy: { id: 'asc' } });

/** A tRPC caller with a real context, as a guardian of the fixture's family or as its agent. */
export function callerAs(server: RunningServer, f: PaymentFixture, who: 'guardian' | 'staff') {
  const sessionId = crypto.randomUUID();
  return createCallerFactory(appRouter)({
    ...server,
    principal:
      who === 'guardian'
        ? { kind: 'guardian', guardianId: f.guardian.id, familyId: f.family.id, sessionId }
        : { kind: 'staff', staffId: f.staff.id, role: 'agent', sessionId },
    tokenRejected: false,
    ip: '192.0.2.1',
    userAgent: 'payments-test',
    http: undefined,
    socket: undefined,
  });
}
