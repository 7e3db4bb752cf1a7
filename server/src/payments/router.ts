import { FamilyId } from '@portail/shared/families/schema';
import {
  InvoiceSelection,
  MonitorPaymentsInput,
  PaymentByReferenceInput,
  RecordDeskPaymentInput,
} from '@portail/shared/payments/schema';
import { guardianProcedure, staffProcedure } from '../trpc/procedures.ts';
import { router } from '../trpc/trpc.ts';
import { paymentDeps } from './deps.ts';
import { recordDeskPayment } from './desk.ts';
import { deskInvoices } from './desk-invoices.ts';
import { monitorPayments, paymentByReference } from './queries.ts';
import { paymentRecap, startPayment } from './start.ts';

/** Guide §6 «Mes factures & paiements» (the family from the session), and the staff's follow-up. */
export const paymentsRouter = router({
  recap: guardianProcedure
    .input(InvoiceSelection)
    .query(({ ctx, input }) => paymentRecap(ctx.em, ctx.familyId, input.invoiceIds)),
  start: guardianProcedure
    .input(InvoiceSelection)
    .mutation(({ ctx, input }) =>
      startPayment(paymentDeps(ctx), ctx.familyId, ctx.guardian.guardianId, input.invoiceIds),
    ),
  byReference: guardianProcedure
    .input(PaymentByReferenceInput)
    .query(({ ctx, input }) => paymentByReference(ctx.em, ctx.familyId, input.reference)),
  monitor: staffProcedure
    .input(MonitorPaymentsInput)
    .query(({ ctx, input }) => monitorPayments(ctx.em, input)),
  /** Any agent, not only admins: the desk payment form finds the family's invoices here. */
  familyInvoices: staffProcedure
    .input(FamilyId)
    .query(({ ctx, input }) => deskInvoices(ctx.em, input.familyId, new Date())),
  recordDesk: staffProcedure
    .input(RecordDeskPaymentInput)
    .mutation(({ ctx, input }) => recordDeskPayment(ctx, ctx.staff.staffId, input)),
});
