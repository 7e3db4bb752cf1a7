import {
  AbsencesQuery,
  CancelInvoiceInput,
  InvoiceIdInput,
  InvoicingMonthInput,
  SetAbsenceInput,
} from '@portail/shared/billing/schema';
import { adminProcedure, guardianProcedure, staffProcedure } from '../trpc/procedures.ts';
import { router } from '../trpc/trpc.ts';
import { listAbsences, setAbsence } from './absences.ts';
import { cancelInvoice, reissueInvoice } from './corrections.ts';
import { issueMonth, previewMonth } from './invoicing.ts';
import { familyInvoice, familyInvoices, familyPayments } from './views.ts';

/** « Mes Factures & Paiements » (guide §6): the family comes from the session, never from the input. */
export const billingRouter = router({
  invoices: guardianProcedure.query(({ ctx }) => familyInvoices(ctx.em, ctx.familyId, new Date())),
  invoice: guardianProcedure
    .input(InvoiceIdInput)
    .query(({ ctx, input }) => familyInvoice(ctx.em, ctx.familyId, input.invoiceId, new Date())),
  payments: guardianProcedure.query(({ ctx }) => familyPayments(ctx.em, ctx.familyId)),
});

/** Admin: the monthly run, and corrections (an issued invoice is cancelled and reissued, never edited). */
export const invoicingRouter = router({
  preview: adminProcedure
    .input(InvoicingMonthInput)
    .query(({ ctx, input }) => previewMonth(ctx.em, input.month, new Date())),
  issue: adminProcedure
    .input(InvoicingMonthInput)
    .mutation(({ ctx, input }) => issueMonth(ctx.em, ctx, ctx.staff.staffId, input.month, new Date())),
  cancel: adminProcedure
    .input(CancelInvoiceInput)
    .mutation(({ ctx, input }) => cancelInvoice(ctx.em, ctx.staff.staffId, input, new Date())),
  reissue: adminProcedure
    .input(InvoiceIdInput)
    .mutation(({ ctx, input }) =>
      reissueInvoice(ctx.em, ctx, ctx.staff.staffId, input.invoiceId, new Date()),
    ),
});

/** Staff: absences on booked days; a justified one is not billed. */
export const absencesRouter = router({
  list: staffProcedure.input(AbsencesQuery).query(({ ctx, input }) => listAbsences(ctx.em, input)),
  set: staffProcedure
    .input(SetAbsenceInput)
    .mutation(({ ctx, input }) => setAbsence(ctx.em, ctx.staff.staffId, input, new Date())),
});
