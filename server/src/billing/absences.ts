import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { monthBounds, monthOf } from '@portail/shared/billing/months';
import type { AbsencesQuery, SetAbsenceInput } from '@portail/shared/billing/schema';
import { placeHoldingStates } from '@portail/shared/bookings/schema';
import { StaffUserEntity } from '../accounts/entities.ts';
import { BookingEntity } from '../bookings/entities.ts';
import { AppError } from '../trpc/errors.ts';
import { AbsenceEntity, InvoiceEntity } from './entities.ts';
import { lockInvoicingMonth } from './locks.ts';

/**
 * Marks (or unmarks, with `absence: null`) a booked day of a child as a justified or unjustified absence.
 * Under the month's invoicing lock: if the month is already invoiced, the answer says which invoice, since
 * an issued invoice never changes: it must be cancelled and reissued to take the mark into account.
 */
export async function setAbsence(em: EntityManager, staffId: number, input: SetAbsenceInput, now: Date) {
  return em.transactional(async (tx) => {
    const month = monthOf(input.date);
    await lockInvoicingMonth(tx, month);
    const booking = await tx.findOne(
      BookingEntity,
      {
        child: input.childId,
        unit: input.unitId,
        date: input.date,
        state: { $in: [...placeHoldingStates] },
      },
      { populate: ['child'] },
    );
    if (!booking) {
      throw new AppError('NOT_FOUND', {
        userMessage: "Cet enfant n'a pas de réservation pour cette prestation ce jour-là.",
      });
    }
    const existing = await tx.findOne(AbsenceEntity, { booking: booking.id });
    if (input.absence === null) {
      if (existing) tx.remove(existing);
    } else if (existing) {
      existing.kind = input.absence;
      existing.note = input.note || null;
      existing.recordedBy = ref(tx.getReference(StaffUserEntity, staffId));
      existing.recordedAt = now;
    } else {
      tx.create(AbsenceEntity, {
        booking,
        kind: input.absence,
        note: input.note || null,
        recordedBy: ref(tx.getReference(StaffUserEntity, staffId)),
        recordedAt: now,
      });
    }
    const invoice = await tx.findOne(InvoiceEntity, {
      family: booking.child.getEntity().family.id,
      month,
      state: { $ne: 'cancelled' },
    });
    await tx.flush();
    return {
      childId: input.childId,
      unitId: input.unitId,
      date: input.date,
      absence: input.absence,
      note: input.absence ? input.note || null : null,
      /** Already issued for this month: cancel and reissue it for the mark to count. */
      invoice: invoice ? { invoiceId: invoice.id, number: invoice.number } : null,
    };
  });
}

/** The absences marked in a month, by day, for staff's list and checks. */
export async function listAbsences(em: EntityManager, query: AbsencesQuery) {
  const { first, last } = monthBounds(query.month);
  const absences = await em.find(
    AbsenceEntity,
    {
      booking: {
        date: { $gte: first, $lte: last },
        ...(query.childId ? { child: query.childId } : {}),
      },
    },
    {
      populate: ['booking.child.family', 'booking.unit.facility', 'recordedBy'],
      orderBy: { booking: { date: 'asc', child: { lastName: 'asc', firstName: 'asc' } } },
    },
  );
  return absences.map((a) => {
    const booking = a.booking.getEntity();
    const child = booking.child.getEntity();
    const unit = booking.unit.getEntity();
    const staff = a.recordedBy.getEntity();
    return {
      childId: child.id,
      childName: `${child.firstName} ${child.lastName}`,
      familyReference: child.family.getEntity().reference,
      unitId: unit.id,
      unitName: `${unit.name} – ${unit.facility.getEntity().name}`,
      date: booking.date,
      absence: a.kind,
      note: a.note ?? null,
      recordedBy: `${staff.firstName} ${staff.lastName}`,
      recordedAt: a.recordedAt.toISOString(),
    };
  });
}
