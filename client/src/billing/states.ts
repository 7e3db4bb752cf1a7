import { billingLegend, invoiceStateLabels } from '@portail/shared/billing/labels';
import type { InvoiceDisplayState } from '@portail/shared/billing/status';
import { paymentStateLabels } from '@portail/shared/payments/labels';
import type { PaymentState } from '@portail/shared/payments/schema';
import type { Picture } from './StateIcon.tsx';

/** A state as shown: its picture, its word, and the legend read on hover or focus (guide §6). */
export type StateLook = { picture: Picture; label: string; legend: string };

const invoiceLooks: Record<InvoiceDisplayState, Omit<StateLook, 'label'>> = {
  unpaid: { picture: 'due', legend: 'Facture à régler avant sa date d’échéance.' },
  overdue: { picture: 'late', legend: 'Facture en retard : sa date d’échéance est passée.' },
  partially_paid: { picture: 'partial', legend: 'Facture réglée en partie : le reste est à payer.' },
  paid: { picture: 'done', legend: 'Facture réglée. Merci.' },
  cancelled: { picture: 'cancelled', legend: 'Facture annulée par le service : elle n’est plus à payer.' },
};

const paymentLooks: Record<PaymentState, Omit<StateLook, 'label'>> = {
  created: { picture: 'waiting', legend: 'Paiement commencé : la banque n’a pas encore répondu.' },
  pending: { picture: 'waiting', legend: 'Règlement en attente de validation par la banque.' },
  validated: { picture: 'done', legend: 'Règlement validé.' },
  refused: { picture: 'refused', legend: 'Règlement refusé par la banque : rien n’a été débité.' },
  abandoned: {
    picture: 'dropped',
    legend: 'Paiement abandonné sur la page de la banque : rien n’a été débité.',
  },
  expired: { picture: 'dropped', legend: 'Délai du paiement dépassé : rien n’a été débité.' },
};

export const invoiceLook = (state: InvoiceDisplayState): StateLook => ({
  ...invoiceLooks[state],
  label: invoiceStateLabels[state],
});

export const paymentLook = (state: PaymentState): StateLook => ({
  ...paymentLooks[state],
  label: paymentStateLabels[state],
});

/** The guide's legends (§6) in its order; the payments' then the states the guide does not draw. */
export const invoiceLegend = billingLegend.invoices.map((item) => invoiceLook(item.icon));
export const paymentLegend = [...billingLegend.payments.map((item) => item.icon), 'abandoned' as const].map(
  paymentLook,
);

/** Still waiting for the bank: the page follows such a payment until its answer. */
export const isWaiting = (state: PaymentState) => state === 'created' || state === 'pending';
