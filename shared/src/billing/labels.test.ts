import { describe, expect, it } from 'vitest';
import { billingLegend, invoiceStateLabels, paymentStateLabels } from './labels.ts';
import { invoiceDisplayState, isPayable, remainingCents } from './status.ts';

const invoice = { state: 'unpaid' as const, totalCents: 4000, paidCents: 0, dueDate: '2026-12-15' };

describe('invoiceDisplayState', () => {
  it('is « À payer » until the due date included, « En retard » the day after (Paris date)', () => {
    expect(invoiceDisplayState(invoice, '2026-12-15')).toBe('unpaid');
    expect(invoiceDisplayState(invoice, '2026-12-16')).toBe('overdue');
  });

  it('counts validated payments: partly paid, paid, never late once paid', () => {
    expect(invoiceDisplayState({ ...invoice, paidCents: 1000 }, '2026-12-01')).toBe('partially_paid');
    expect(invoiceDisplayState({ ...invoice, paidCents: 1000 }, '2026-12-20')).toBe('overdue');
    expect(invoiceDisplayState({ ...invoice, paidCents: 4000 }, '2027-03-01')).toBe('paid');
    expect(invoiceDisplayState({ ...invoice, state: 'paid' }, '2027-03-01')).toBe('paid');
    expect(invoiceDisplayState({ ...invoice, state: 'cancelled' }, '2027-03-01')).toBe('cancelled');
  });

  it('says what is left to pay and whether it can be paid online', () => {
    expect(remainingCents({ totalCents: 4000, paidCents: 1500 })).toBe(2500);
    expect(remainingCents({ totalCents: 4000, paidCents: 5000 })).toBe(0);
    expect(isPayable(invoice)).toBe(true);
    expect(isPayable({ ...invoice, state: 'cancelled' })).toBe(false);
    expect(isPayable({ ...invoice, paidCents: 4000 })).toBe(false);
  });
});

describe('labels', () => {
  it('uses the guide’s words', () => {
    expect(invoiceStateLabels).toEqual({
      unpaid: 'À payer',
      partially_paid: 'Partiellement payée',
      paid: 'Payée',
      cancelled: 'Annulée',
      overdue: 'En retard',
    });
    expect(paymentStateLabels.pending).toBe('En attente de validation par la banque');
    expect(paymentStateLabels.validated).toBe('Validé');
    expect(paymentStateLabels.refused).toBe('Refusé par la banque');
    expect(paymentStateLabels.abandoned).toBe('Abandonné');
    expect(paymentStateLabels.expired).toBe('Expiré');
    expect(billingLegend.payments.map((l) => l.label)).toEqual([
      'En attente de validation par la banque',
      'Validé',
      'Refusé par la banque',
    ]);
  });
});
