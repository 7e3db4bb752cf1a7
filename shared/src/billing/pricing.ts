/**
 * What a family pays, as pure functions: the server prices invoices with them and the client shows the same
 * amounts. Money is integer cents throughout. Zod-free: the client imports this for display.
 */

/** A price for families whose quotient familial lies in [qfMin, qfMax], bounds included; null is open. */
export type TariffBracket = { qfMin: number | null; qfMax: number | null; priceCents: number };

/**
 * The unit price for a family: its QF's bracket, or the unit's full price when the QF is unknown or falls in
 * no bracket. Brackets should not overlap; if they do, the family gets the lowest matching price, whatever
 * order they were listed in.
 */
export function tariffFor(
  unitPriceCents: number,
  tariffs: readonly TariffBracket[],
  qf: number | null,
): number {
  if (qf === null) return unitPriceCents;
  const matching = tariffs
    .filter((t) => (t.qfMin === null || t.qfMin <= qf) && (t.qfMax === null || qf <= t.qfMax))
    .map((t) => t.priceCents);
  return matching.length > 0 ? Math.min(...matching) : unitPriceCents;
}

/** One booked day that holds a place, as billing reads it. */
export type BillableBooking = {
  childId: number;
  childName: string;
  unitId: number;
  unitName: string;
  date: string;
};

export type InvoiceLineDraft = {
  childId: number;
  childName: string;
  unitId: number;
  unitName: string;
  /** Sorted, each once. */
  dates: string[];
  quantity: number;
  unitPriceCents: number;
  amountCents: number;
};

/**
 * The invoice lines of a family's bookings: one per child × unit × price, with its dates sorted, in the
 * order the first booking of each line comes in (the server sends them by child, then unit). `prices` gives
 * the family's unit price of each unit (see `tariffFor`). A day booked twice is billed once.
 */
export function invoiceLinesFrom(
  bookings: readonly BillableBooking[],
  prices: ReadonlyMap<number, number> | Readonly<Record<number, number>>,
): { lines: InvoiceLineDraft[]; totalCents: number } {
  const priceOf = (unitId: number) => {
    const price = prices instanceof Map ? prices.get(unitId) : (prices as Record<number, number>)[unitId];
    if (price === undefined || !Number.isInteger(price) || price < 0)
      throw new RangeError(`No valid price for unit ${unitId}`);
    return price;
  };
  const groups = new Map<string, { line: Omit<InvoiceLineDraft, 'dates'>; dates: Set<string> }>();
  for (const b of bookings) {
    const unitPriceCents = priceOf(b.unitId);
    const key = `${b.childId}|${b.unitId}|${unitPriceCents}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        line: {
          childId: b.childId,
          childName: b.childName,
          unitId: b.unitId,
          unitName: b.unitName,
          quantity: 0,
          unitPriceCents,
          amountCents: 0,
        },
        dates: new Set(),
      };
      groups.set(key, group);
    }
    group.dates.add(b.date);
  }
  const lines = [...groups.values()].map(({ line, dates }) => {
    const sorted = [...dates].sort();
    return {
      ...line,
      dates: sorted,
      quantity: sorted.length,
      amountCents: sorted.length * line.unitPriceCents,
    };
  });
  return { lines, totalCents: invoiceTotal(lines) };
}

export const invoiceTotal = (lines: readonly { amountCents: number }[]): number =>
  lines.reduce((sum, l) => sum + l.amountCents, 0);
