import { addMonths } from '@portail/shared/billing/months';
import { parisDate } from '@portail/shared/bookings/calendar';
import { read, trpc } from '../trpc/client.ts';
import { createQuery, createSourcedQuery } from '../trpc/query.ts';
import type { RouterInputs, RouterOutputs } from '../trpc/types.ts';

export type Preview = RouterOutputs['invoicing']['preview'];
export type Draft = Preview['toIssue'][number];
export type Invoiced = Preview['alreadyInvoiced'][number];
export type Issued = RouterOutputs['invoicing']['issue'];
export type Reissued = RouterOutputs['invoicing']['reissue'];
export type MonitorFilters = RouterInputs['payments']['monitor'];
export type MonitorRow = RouterOutputs['payments']['monitor'][number];
export type DeskInput = RouterInputs['payments']['recordDesk'];
export type DeskFamily = RouterOutputs['payments']['familyInvoices'];
export type DeskInvoice = DeskFamily['invoices'][number];
export type AbsenceInput = RouterInputs['absences']['set'];
export type Absence = RouterOutputs['absences']['list'][number];
export type FamilyFound = RouterOutputs['families']['search'][number];

export const today = () => parisDate(new Date());
export const thisMonth = () => today().slice(0, 7);

/** The last `count` months, newest first, from the one before this (the latest that can be invoiced). */
export const pastMonths = (count: number) =>
  Array.from({ length: count }, (_, i) => addMonths(thisMonth(), -1 - i));

/** « Facturation du mois » (admin): what a run would issue, and the month's invoices already issued. */
export const createPreview = (month: () => string | undefined) =>
  createSourcedQuery(month, (m) => read((options) => trpc.invoicing.preview.query({ month: m }, options)));

export const issueMonth = (month: string) => trpc.invoicing.issue.mutate({ month });
export const cancelInvoice = (invoiceId: number, reason: string) =>
  trpc.invoicing.cancel.mutate({ invoiceId, reason });
export const reissueInvoice = (invoiceId: number) => trpc.invoicing.reissue.mutate({ invoiceId });

export const createAbsences = (month: () => string) =>
  createSourcedQuery(month, (m) => read((options) => trpc.absences.list.query({ month: m }, options)));
export const setAbsence = (input: AbsenceInput) => trpc.absences.set.mutate(input);

/** «Suivi des paiements», read again whenever a filter changes. */
export const createMonitor = (filters: () => MonitorFilters) =>
  createSourcedQuery(filters, (input) => read((options) => trpc.payments.monitor.query(input, options)));
export const recordDesk = (input: DeskInput) => trpc.payments.recordDesk.mutate(input);
/** A family's invoices for the desk (any agent), read again when another family is picked. */
export const createDeskInvoices = (familyId: () => number | undefined) =>
  createSourcedQuery(familyId, (id) =>
    read((options) => trpc.payments.familyInvoices.query({ familyId: id }, options)),
  );

export const searchFamilies = (query: string) =>
  read((options) => trpc.families.search.query({ query }, options));
export const createFamily = (familyId: () => number | undefined) =>
  createSourcedQuery(familyId, (id) => read((options) => trpc.families.get.query({ familyId: id }, options)));
export const createSetup = () =>
  createQuery(() => read((options) => trpc.setup.get.query(undefined, options)));
