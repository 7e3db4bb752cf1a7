import { formatDateFr, formatEuros, formatMonthFr } from '@portail/shared/billing/format';
import type { Municipality } from '@portail/shared/municipality/schema';
import { type RenderedMail, renderMail } from '../mail/layout.ts';
import type { Recipient } from './drafts.ts';

/** The page « Mes Factures & Paiements » of the portal. */
export const invoicesPageUrl = (publicUrl: string) => `${publicUrl}/factures`;

export type IssuedInvoiceMail = {
  number: string;
  month: string;
  totalCents: number;
  dueDate: string;
  /** The number of the cancelled invoice this one replaces. */
  replaces: string | null;
};

export function invoiceIssuedMail(
  m: Municipality,
  to: Recipient,
  invoice: IssuedInvoiceMail,
  publicUrl: string,
): RenderedMail {
  return renderMail(m, `Votre facture n° ${invoice.number} est disponible`, {
    title: `Votre facture de ${formatMonthFr(invoice.month)}`,
    greeting: `Bonjour ${to.firstName} ${to.lastName},`,
    paragraphs: [
      `Votre facture n° ${invoice.number} est disponible sur le Portail Famille : elle porte sur les prestations de ${formatMonthFr(invoice.month)} (accueils de loisirs et restauration).`,
      ...(invoice.replaces
        ? [
            `Elle remplace la facture n° ${invoice.replaces}, annulée : vous n'avez pas à régler cette dernière.`,
          ]
        : []),
      `Montant : ${formatEuros(invoice.totalCents)}, à régler avant le ${formatDateFr(invoice.dueDate)}.`,
      'Vous pouvez la consulter, l’éditer et la payer en ligne dans « Mes Factures & Paiements ». Plusieurs factures peuvent être réglées en un seul paiement.',
    ],
    action: { label: 'Voir mes factures', url: invoicesPageUrl(publicUrl) },
    afterAction: [
      `Vous pouvez aussi la régler au ${m.serviceName} (${m.openingHours}).`,
      'Si ce courriel est arrivé dans vos « courriers indésirables », ajoutez notre adresse à vos contacts pour recevoir les prochains.',
    ],
  });
}
