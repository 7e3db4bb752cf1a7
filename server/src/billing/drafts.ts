import type { EntityManager } from '@mikro-orm/postgresql';
import { monthBounds } from '@portail/shared/billing/months';
import {
  type BillableBooking,
  type InvoiceLineDraft,
  invoiceLinesFrom,
  tariffFor,
} from '@portail/shared/billing/pricing';
import { placeHoldingStates } from '@portail/shared/bookings/schema';
import { FamilyEntity } from '../accounts/entities.ts';
import { TariffEntity } from './entities.ts';

export type Recipient = { firstName: string; lastName: string; email: string };

/** What a family would be billed for a month, computed from its planning as it is now. */
export type InvoiceDraft = {
  familyId: number;
  reference: string;
  /** The first guardian's name: the invoice is addressed to them. */
  guardianName: string;
  quotientFamilial: number | null;
  lines: InvoiceLineDraft[];
  totalCents: number;
  /** Every guardian of the family: each has their own account and receives the mail. */
  recipients: Recipient[];
};

type Row = {
  family_id: number;
  child_id: number;
  first_name: string;
  last_name: string;
  unit_id: number;
  unit_name: string;
  facility_name: string;
  price_cents: number;
  date: string;
};

/**
 * The month's invoices as they would be issued now, one per family with something to bill, by family
 * reference: the bookings that hold a place (booked, or awaiting a cancellation staff have not accepted),
 * minus the days marked as a justified absence, at the family's tariff for its quotient familial. A family
 * whose total is zero gets no invoice. `familyId` narrows it to one family (reissue).
 */
export async function draftInvoices(
  em: EntityManager,
  month: string,
  familyId?: number,
): Promise<InvoiceDraft[]> {
  const { first, last } = monthBounds(month);
  const rows = await em.execute<Row[]>(
    `select c.family_id, b.child_id, c.first_name, c.last_name, b.unit_id, u.name as unit_name,
       f.name as facility_name, u.price_cents, to_char(b.date, 'YYYY-MM-DD') as date
     from booking b
     join child c on c.id = b.child_id
     join unit u on u.id = b.unit_id
     join facility f on f.id = u.facility_id
     where b.date between ? and ? and b.state in (?)
       and not exists (select 1 from absence a where a.booking_id = b.id and a.kind = 'justified')
       ${familyId === undefined ? '' : 'and c.family_id = ?'}
     order by c.family_id, c.birth_date, c.id, f.name, u.position, u.id, b.date`,
    [first, last, [...placeHoldingStates], ...(familyId === undefined ? [] : [familyId])],
  );
  if (rows.length === 0) return [];

  const unitIds = [...new Set(rows.map((r) => r.unit_id))];
  const tariffs = await em.find(TariffEntity, { unit: { $in: unitIds } });
  const families = await em.find(
    FamilyEntity,
    { id: { $in: [...new Set(rows.map((r) => r.family_id))] } },
    { populate: ['guardians'] },
  );
  const byFamily = Map.groupBy(rows, (r) => r.family_id);
  const unitPrice = new Map(rows.map((r) => [r.unit_id, r.price_cents]));

  const drafts: InvoiceDraft[] = [];
  for (const family of families) {
    const qf = family.quotientFamilial ?? null;
    const familyRows = byFamily.get(family.id) ?? [];
    const prices = new Map(
      [...new Set(familyRows.map((r) => r.unit_id))].map((unitId) => [
        unitId,
        tariffFor(
          unitPrice.get(unitId) as number,
          tariffs
            .filter((t) => t.unit.id === unitId)
            .map((t) => ({ qfMin: t.qfMin ?? null, qfMax: t.qfMax ?? null, priceCents: t.priceCents })),
          qf,
        ),
      ]),
    );
    const bookings: BillableBooking[] = familyRows.map((r) => ({
      childId: r.child_id,
      childName: `${r.first_name} ${r.last_name}`,
      unitId: r.unit_id,
      unitName: `${r.unit_name} – ${r.facility_name}`,
      date: r.date,
    }));
    const { lines, totalCents } = invoiceLinesFrom(bookings, prices);
    if (totalCents === 0) continue;
    const guardians = family.guardians.getItems().sort((a, b) => a.id - b.id);
    drafts.push({
      familyId: family.id,
      reference: family.reference,
      guardianName: guardians[0] ? `${guardians[0].firstName} ${guardians[0].lastName}` : '',
      quotientFamilial: qf,
      lines,
      totalCents,
      recipients: guardians.map((g) => ({ firstName: g.firstName, lastName: g.lastName, email: g.email })),
    });
  }
  return drafts.sort((a, b) => a.reference.localeCompare(b.reference));
}
