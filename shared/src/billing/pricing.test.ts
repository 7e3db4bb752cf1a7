import { describe, expect, it } from 'vitest';
import { invoiceLinesFrom, tariffFor } from './pricing.ts';

const brackets = [
  { qfMin: null, qfMax: 600, priceCents: 100 },
  { qfMin: 601, qfMax: 1200, priceCents: 150 },
  { qfMin: 1201, qfMax: null, priceCents: 200 },
];

describe('tariffFor', () => {
  it('takes the bracket holding the QF, bounds included, null bounds open', () => {
    expect(tariffFor(250, brackets, 0)).toBe(100);
    expect(tariffFor(250, brackets, 600)).toBe(100);
    expect(tariffFor(250, brackets, 601)).toBe(150);
    expect(tariffFor(250, brackets, 1200)).toBe(150);
    expect(tariffFor(250, brackets, 1201)).toBe(200);
    expect(tariffFor(250, brackets, 99_999)).toBe(200);
  });

  it('charges the unit’s full price when the QF is unknown or in no bracket', () => {
    expect(tariffFor(250, brackets, null)).toBe(250);
    expect(tariffFor(250, [{ qfMin: 500, qfMax: 900, priceCents: 120 }], 1000)).toBe(250);
    expect(tariffFor(250, [{ qfMin: 500, qfMax: 900, priceCents: 120 }], 499)).toBe(250);
    expect(tariffFor(250, [], 700)).toBe(250);
  });

  it('gives the lowest price when brackets overlap, whatever their order', () => {
    const overlapping = [
      { qfMin: 500, qfMax: 900, priceCents: 180 },
      { qfMin: 800, qfMax: null, priceCents: 160 },
    ];
    expect(tariffFor(250, overlapping, 850)).toBe(160);
    expect(tariffFor(250, [...overlapping].reverse(), 850)).toBe(160);
    expect(tariffFor(250, [{ qfMin: 0, qfMax: 0, priceCents: 0 }], 0)).toBe(0);
  });
});

describe('invoiceLinesFrom', () => {
  const lea = { childId: 1, childName: 'Léa Martin' };
  const hugo = { childId: 2, childName: 'Hugo Martin' };
  const matin = { unitId: 10, unitName: 'Accueil matin' };
  const repas = { unitId: 11, unitName: 'Restauration' };

  it('groups by child × unit with sorted dates, quantity, amount and total', () => {
    const { lines, totalCents } = invoiceLinesFrom(
      [
        { ...lea, ...matin, date: '2026-12-10' },
        { ...lea, ...matin, date: '2026-12-07' },
        { ...lea, ...repas, date: '2026-12-07' },
        { ...hugo, ...repas, date: '2026-12-08' },
        { ...lea, ...matin, date: '2026-12-08' },
      ],
      new Map([
        [10, 150],
        [11, 385],
      ]),
    );
    expect(lines).toEqual([
      {
        ...lea,
        ...matin,
        dates: ['2026-12-07', '2026-12-08', '2026-12-10'],
        quantity: 3,
        unitPriceCents: 150,
        amountCents: 450,
      },
      { ...lea, ...repas, dates: ['2026-12-07'], quantity: 1, unitPriceCents: 385, amountCents: 385 },
      { ...hugo, ...repas, dates: ['2026-12-08'], quantity: 1, unitPriceCents: 385, amountCents: 385 },
    ]);
    expect(totalCents).toBe(1220);
  });

  it('bills a day once, accepts a plain record of prices, and is empty for no bookings', () => {
    const { lines } = invoiceLinesFrom(
      [
        { ...lea, ...matin, date: '2026-12-07' },
        { ...lea, ...matin, date: '2026-12-07' },
      ],
      { 10: 150 },
    );
    expect(lines).toEqual([expect.objectContaining({ quantity: 1, amountCents: 150 })]);
    expect(invoiceLinesFrom([], {})).toEqual({ lines: [], totalCents: 0 });
  });

  it('refuses a booking whose unit has no price', () => {
    expect(() => invoiceLinesFrom([{ ...lea, ...matin, date: '2026-12-07' }], {})).toThrow(RangeError);
  });
});
