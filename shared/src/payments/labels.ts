import type { PaymentMethod, PaymentProvider, PaymentState } from './schema.ts';

/**
 * The words of payments, in the guide's terms (§6), for the client's lists and for the server's mails alike.
 * Type imports only from schema.ts: this file stays zod-free.
 */
export const paymentStateLabels: Record<PaymentState, string> = {
  created: 'En cours de paiement',
  pending: 'En attente de validation par la banque',
  validated: 'Validé',
  refused: 'Refusé par la banque',
  abandoned: 'Abandonné',
  expired: 'Expiré',
};

export const paymentMethodLabels: Record<PaymentMethod, string> = {
  card: 'Carte bancaire',
  direct_debit: 'Prélèvement',
  cheque: 'Chèque',
  cash: 'Espèces',
  cesu: 'CESU',
};

export const paymentProviderLabels: Record<PaymentProvider, string> = {
  payfip: 'PayFiP (paiement en ligne)',
  sandbox: 'Banque de démonstration',
  desk: 'Guichet du S.E.J.',
};

/** States that never change again. `created` and `pending` still wait for the bank. */
export const finalPaymentStates: readonly PaymentState[] = ['validated', 'refused', 'abandoned', 'expired'];

/** « n° 2026-00012 » or « n° 2026-00012, 2026-00013 et 2026-00014 ». */
export function invoiceNumbersFr(numbers: readonly string[]): string {
  if (numbers.length <= 1) return `n° ${numbers[0] ?? ''}`;
  return `n° ${numbers.slice(0, -1).join(', ')} et ${numbers.at(-1)}`;
}

/**
 * What the parent reads back on « Mes factures » after the bank (guide §6): « Le paiement de votre facture
 * n°2026-00096 a bien été pris en compte. Merci », or what happened instead.
 */
export function paymentOutcomeMessage(state: PaymentState, invoiceNumbers: readonly string[]): string {
  const several = invoiceNumbers.length > 1;
  const of = `${several ? 'de vos factures' : 'de votre facture'} ${invoiceNumbersFr(invoiceNumbers)}`;
  switch (state) {
    case 'validated':
      return `Le paiement ${of} a bien été pris en compte. Merci`;
    case 'created':
    case 'pending':
      return `Le paiement ${of} est en attente de validation par la banque. Cette page se mettra à jour dès sa réponse.`;
    case 'refused':
      return `Le paiement ${of} a été refusé par la banque. ${several ? 'Vos factures restent' : 'Votre facture reste'} à payer.`;
    case 'abandoned':
      return `Le paiement ${of} a été abandonné : rien n'a été débité. ${several ? 'Vos factures restent' : 'Votre facture reste'} à payer.`;
    case 'expired':
      return `Le délai du paiement ${of} est dépassé. ${several ? 'Vos factures restent' : 'Votre facture reste'} à payer ; si votre compte a tout de même été débité, contactez le service.`;
  }
}

/**
 * The demo bank's test cards (PAYMENT_PROVIDER=sandbox): the number typed chooses what the bank answers.
 * Shown on the demo bank's page and usable by the client's help text.
 */
export const sandboxTestCards = [
  { number: '4242 4242 4242 4242', outcome: 'paid', label: 'paiement accepté' },
  { number: '4000 0000 0000 0002', outcome: 'refused', label: 'paiement refusé par la banque' },
  {
    number: '4000 0000 0000 0077',
    outcome: 'delayed',
    label: 'paiement accepté, validé par la banque quelques secondes plus tard',
  },
] as const;
export type SandboxCardOutcome = (typeof sandboxTestCards)[number]['outcome'];
