import { formatEuros } from '@portail/shared/billing/format';
import type { Municipality } from '@portail/shared/municipality/schema';
import { invoiceNumbersFr } from '@portail/shared/payments/labels';
import { type RenderedMail, renderMail } from '../mail/layout.ts';

type Person = { firstName: string; lastName: string };
type PaymentSummary = { reference: string; amountCents: number; invoiceNumbers: string[] };

const invoicesOf = (numbers: string[]) =>
  `${numbers.length > 1 ? 'vos factures' : 'votre facture'} ${invoiceNumbersFr(numbers)}`;

/** «Votre paiement … a bien été validé»: sent once the bank's validation is applied. */
export function paymentValidatedMail(
  m: Municipality,
  to: Person,
  payment: PaymentSummary,
  invoicesUrl: string,
): RenderedMail {
  return renderMail(m, `Paiement ${payment.reference} validé — Portail Famille ${m.name}`, {
    title: 'Votre paiement a été validé',
    greeting: `Bonjour ${to.firstName} ${to.lastName},`,
    paragraphs: [
      `Votre paiement ${payment.reference} de ${formatEuros(payment.amountCents)} a bien été validé par la banque.`,
      `Il règle ${invoicesOf(payment.invoiceNumbers)}.`,
    ],
    action: { label: 'Voir mes factures', url: invoicesUrl },
    afterAction: ['Merci. Ce courriel vous sert de justificatif : conservez-le.'],
  });
}

/** «Votre paiement … a été refusé par la banque»: the invoices stay to be paid. */
export function paymentRefusedMail(
  m: Municipality,
  to: Person,
  payment: PaymentSummary,
  invoicesUrl: string,
): RenderedMail {
  return renderMail(m, `Paiement ${payment.reference} refusé — Portail Famille ${m.name}`, {
    title: 'Votre paiement a été refusé',
    greeting: `Bonjour ${to.firstName} ${to.lastName},`,
    paragraphs: [
      `Votre paiement ${payment.reference} de ${formatEuros(payment.amountCents)} a été refusé par la banque : rien n'a été débité.`,
      `${payment.invoiceNumbers.length > 1 ? 'Vos factures' : 'Votre facture'} ${invoiceNumbersFr(payment.invoiceNumbers)} ${payment.invoiceNumbers.length > 1 ? 'restent' : 'reste'} à payer : vous pouvez renouveler le paiement depuis le portail, ou régler auprès du ${m.serviceName}.`,
    ],
    action: { label: 'Voir mes factures', url: invoicesUrl },
  });
}
