import { paymentMethodLabels, paymentProviderLabels, paymentStateLabels } from '../payments/labels.ts';
import type { AbsenceKind } from './schema.ts';
import type { InvoiceDisplayState } from './status.ts';

/**
 * The words of « Mes Factures & Paiements » (guide §6), for the client's lists and legends and for the
 * server's PDF, mails and exports alike. Type imports only: these must stay zod-free.
 */

export const invoiceStateLabels: Record<InvoiceDisplayState, string> = {
  unpaid: 'À payer',
  partially_paid: 'Partiellement payée',
  paid: 'Payée',
  cancelled: 'Annulée',
  overdue: 'En retard',
};

/** One wording of payment states, methods and providers for the whole app: the payments feature's. */
export { paymentMethodLabels, paymentProviderLabels, paymentStateLabels };

export const absenceLabels: Record<AbsenceKind, string> = {
  justified: 'Absence justifiée (non facturée)',
  unjustified: 'Absence non justifiée (facturée)',
};

/** The legends « visibles en survolant l'icône », in the guide's order; the client chooses the pictures. */
export const billingLegend = {
  invoices: (['unpaid', 'overdue', 'partially_paid', 'paid', 'cancelled'] as const).map((icon) => ({
    icon,
    label: invoiceStateLabels[icon],
  })),
  payments: (['pending', 'validated', 'refused'] as const).map((icon) => ({
    icon,
    label: paymentStateLabels[icon],
  })),
};
