import { accountRouter } from './accounts/router.ts';
import { attendanceRouter } from './attendance/router.ts';
import { authRouter } from './auth/router.ts';
import { absencesRouter, billingRouter, invoicingRouter } from './billing/router.ts';
import { bookingsRouter, requestsRouter, setupRouter } from './bookings/router.ts';
import { documentsRouter } from './documents/router.ts';
import { familiesRouter } from './families/router.ts';
import { liveRouter } from './live/router.ts';
import { mailRouter } from './mail/router.ts';
import { menusRouter } from './menus/router.ts';
import { municipalityRouter } from './municipality/router.ts';
import { paymentsRouter } from './payments/router.ts';
import { staffAccountsRouter } from './staff-accounts/router.ts';
import { router } from './trpc/trpc.ts';

export const appRouter = router({
  absences: absencesRouter,
  account: accountRouter,
  attendance: attendanceRouter,
  auth: authRouter,
  billing: billingRouter,
  bookings: bookingsRouter,
  documents: documentsRouter,
  families: familiesRouter,
  invoicing: invoicingRouter,
  live: liveRouter,
  mail: mailRouter,
  menus: menusRouter,
  municipality: municipalityRouter,
  payments: paymentsRouter,
  requests: requestsRouter,
  setup: setupRouter,
  staffAccounts: staffAccountsRouter,
});

export type AppRouter = typeof appRouter;
