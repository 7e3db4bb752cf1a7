import type { EntityManager } from '@mikro-orm/postgresql';
import { FamilyEntity } from '../accounts/entities.ts';
import { invoiceViews } from '../billing/views.ts';
import { AppError } from '../trpc/errors.ts';

/**
 * The invoices of one family as the desk needs them, for any agent (a cheque is handed in to whoever is at
 * the counter): those still to pay first, oldest first, then the others, newest first. Only what a desk
 * payment is checked against: number, month, state and amounts, without the lines.
 */
export async function deskInvoices(em: EntityManager, familyId: number, now: Date) {
  const family = await em.findOne(FamilyEntity, { id: familyId }, { populate: ['guardians'] });
  if (!family) throw new AppError('NOT_FOUND', { userMessage: 'Cette famille n’existe pas.' });
  const views = await invoiceViews(em, { family: familyId }, now);
  const open = views.filter((i) => i.remainingCents > 0).reverse();
  const settled = views.filter((i) => i.remainingCents === 0);
  const first = family.guardians.getItems().sort((a, b) => a.id - b.id)[0];
  return {
    familyId: family.id,
    reference: family.reference,
    guardianName: first ? `${first.firstName} ${first.lastName}` : '',
    invoices: [...open, ...settled].map((i) => ({
      invoiceId: i.id,
      number: i.number,
      month: i.month,
      dueDate: i.dueDate,
      state: i.state,
      displayState: i.displayState,
      totalCents: i.totalCents,
      paidCents: i.paidCents,
      remainingCents: i.remainingCents,
    })),
  };
}
