import { describe, expect, it } from 'vitest';
import { invoiceNumbersFr, paymentOutcomeMessage } from './labels.ts';

describe('payment labels', () => {
  it('lists invoice numbers as a French reader expects', () => {
    expect(invoiceNumbersFr(['2026-00096'])).toBe('n° 2026-00096');
    expect(invoiceNumbersFr(['2026-00012', '2026-00013', '2026-00014'])).toBe(
      'n° 2026-00012, 2026-00013 et 2026-00014',
    );
  });

  it('says what happened after the bank, in the guide’s words', () => {
    expect(paymentOutcomeMessage('validated', ['2026-00096'])).toBe(
      'Le paiement de votre facture n° 2026-00096 a bien été pris en compte. Merci',
    );
    expect(paymentOutcomeMessage('validated', ['2026-00012', '2026-00013'])).toBe(
      'Le paiement de vos factures n° 2026-00012 et 2026-00013 a bien été pris en compte. Merci',
    );
    expect(paymentOutcomeMessage('pending', ['2026-00096'])).toContain(
      'en attente de validation par la banque',
    );
    expect(paymentOutcomeMessage('refused', ['2026-00096'])).toContain('Votre facture reste à payer');
  });
});
