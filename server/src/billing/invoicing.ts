import type { EntityManager } from '@mikro-orm/postgresql';
import { formatMonthFr } from '@portail/shared/billing/format';
import { addDays, parisDate } from '@portail/shared/bookings/calendar';
import { FamilyEntity } from '../accounts/entities.ts';
import { audit } from '../audit/record.ts';
import { publish } from '../live/publish.ts';
import { loadMunicipality } from '../municipality/service.ts';
import { nextNumber } from '../numbering/service.ts';
import type { Services } from '../trpc/context.ts';
import { AppError } from '../trpc/errors.ts';
import { draftInvoices, type InvoiceDraft } from './drafts.ts';
import { InvoiceEntity, InvoiceLineEntity } from './entities.ts';
import { lockInvoicingMonth } from './locks.ts';
import { invoiceIssuedMail } from './mails.ts';

export type BillingDeps = Pick<Services, 'config' | 'mailer'>;

/** Days the family has to pay, from the (Paris) day of issue: the same delay whatever day the run happens. */
export const PAYMENT_TERM_DAYS = 30;

const publicDraft = ({ recipients: _, ...draft }: InvoiceDraft) => draft;

/** A month is billed once it is over: what is booked later in it could never be invoiced. */
export const monthEnded = (month: string, now: Date) => month < parisDate(now).slice(0, 7);

/** The month's live invoices (one per family at most), with their families' guardians. */
function liveInvoices(em: EntityManager, month: string) {
  return em.find(
    InvoiceEntity,
    { month, state: { $ne: 'cancelled' } },
    { populate: ['family.guardians'], orderBy: { number: 'asc' } },
  );
}

/**
 * « Facturation du mois »: what an issue run would bill now, and apart, the families already invoiced, with
 * what their planning would bill today (a difference means a correction since: cancel and reissue).
 */
export async function previewMonth(em: EntityManager, month: string, now: Date) {
  const drafts = await draftInvoices(em, month);
  const live = await liveInvoices(em, month);
  const invoiced = new Set(live.map((i) => i.family.id));
  const toIssue = drafts.filter((d) => !invoiced.has(d.familyId)).map(publicDraft);
  return {
    month,
    canIssue: monthEnded(month, now),
    toIssue,
    totalCents: toIssue.reduce((sum, d) => sum + d.totalCents, 0),
    alreadyInvoiced: live.map((i) => {
      const family = i.family.getEntity();
      const first = family.guardians.getItems().sort((a, b) => a.id - b.id)[0];
      return {
        familyId: family.id,
        reference: family.reference,
        guardianName: first ? `${first.firstName} ${first.lastName}` : '',
        invoiceId: i.id,
        number: i.number,
        state: i.state,
        totalCents: i.totalCents,
        recomputedTotalCents: drafts.find((d) => d.familyId === family.id)?.totalCents ?? 0,
      };
    }),
  };
}

export type IssuedInvoice = {
  invoiceId: number;
  number: string;
  familyId: number;
  reference: string;
  totalCents: number;
};

/**
 * « Émettre les factures du mois ». One transaction for the run, under the month's lock: numbers are taken
 * one after the other from the gapless sequence (its row lock also orders runs of different months), and a
 * second run, concurrent or later, waits, then finds these families invoiced and issues nothing twice.
 */
export async function issueMonth(
  em: EntityManager,
  deps: BillingDeps,
  staffId: number,
  month: string,
  now: Date,
) {
  if (!monthEnded(month, now)) {
    throw new AppError('BAD_INPUT', {
      userMessage: `Le mois de ${formatMonthFr(month)} n'est pas terminé : ses factures s'émettent une fois le mois écoulé.`,
    });
  }
  const outcome = await em.transactional(async (tx) => {
    await lockInvoicingMonth(tx, month);
    const invoiced = new Set((await liveInvoices(tx, month)).map((i) => i.family.id));
    const drafts = (await draftInvoices(tx, month)).filter((d) => !invoiced.has(d.familyId));
    const issued = await issueDrafts(tx, deps, staffId, month, drafts, now);
    return { month, issued, skippedAlreadyInvoiced: invoiced.size };
  });
  if (outcome.issued.length > 0) void deps.mailer.deliver();
  return outcome;
}

/**
 * Creates the invoices of `drafts`, numbered in order, each replacing `replaces` or else the family's last
 * cancelled invoice of the month not replaced yet; writes their live events, their audit rows (by `staffId`)
 * and queues their mails. Runs inside the caller's transaction, which must hold the month's lock.
 */
export async function issueDrafts(
  em: EntityManager,
  deps: BillingDeps,
  staffId: number,
  month: string,
  drafts: InvoiceDraft[],
  now: Date,
  replaces?: InvoiceEntity,
): Promise<IssuedInvoice[]> {
  if (drafts.length === 0) return [];
  const issueDate = parisDate(now);
  const dueDate = addDays(issueDate, PAYMENT_TERM_DAYS);
  const replaced = replaces
    ? new Map([[replaces.family.id, replaces]])
    : await cancelledNotReplaced(
        em,
        month,
        drafts.map((d) => d.familyId),
      );
  const created: { invoice: InvoiceEntity; draft: InvoiceDraft }[] = [];
  for (const draft of drafts) {
    const invoice = em.create(InvoiceEntity, {
      number: await nextNumber(em, 'invoice', Number(issueDate.slice(0, 4))),
      family: em.getReference(FamilyEntity, draft.familyId),
      month,
      issuedAt: now,
      dueDate,
      totalCents: draft.totalCents,
      state: 'unpaid',
      cancelledAt: null,
      replacesInvoice: replaced.get(draft.familyId) ?? null,
    });
    for (const line of draft.lines) {
      em.create(InvoiceLineEntity, {
        invoice,
        child: line.childId,
        unit: line.unitId,
        label: line.unitName,
        dates: line.dates,
        quantity: line.quantity,
        unitPriceCents: line.unitPriceCents,
        amountCents: line.amountCents,
      });
    }
    created.push({ invoice, draft });
  }
  await em.flush();

  const municipality = await loadMunicipality(em);
  for (const { invoice, draft } of created) {
    publish(
      em,
      { familyId: draft.familyId, staff: true },
      { type: 'invoice.issued', invoiceId: invoice.id, number: invoice.number },
    );
    const replaces = invoice.replacesInvoice?.getEntity().number ?? null;
    audit(em, 'invoice_issued', {
      actor: { kind: 'staff', id: staffId },
      subject: { kind: 'invoice', id: invoice.id },
      detail: {
        number: invoice.number,
        familyId: draft.familyId,
        month,
        totalCents: invoice.totalCents,
        replaces,
      },
    });
    for (const to of draft.recipients) {
      deps.mailer.queue(
        em,
        'invoice_issued',
        to.email,
        invoiceIssuedMail(
          municipality,
          to,
          { number: invoice.number, month, totalCents: invoice.totalCents, dueDate, replaces },
          deps.config.publicUrl,
        ),
      );
    }
  }
  await em.flush();
  return created.map(({ invoice, draft }) => ({
    invoiceId: invoice.id,
    number: invoice.number,
    familyId: draft.familyId,
    reference: draft.reference,
    totalCents: invoice.totalCents,
  }));
}

/** Per family, its latest cancelled invoice of the month that no invoice replaces yet. */
async function cancelledNotReplaced(em: EntityManager, month: string, familyIds: number[]) {
  const cancelled = await em.find(
    InvoiceEntity,
    { month, family: { $in: familyIds }, state: 'cancelled' },
    { orderBy: { cancelledAt: 'desc', id: 'desc' } },
  );
  const replacedIds = new Set(
    (
      await em.find(
        InvoiceEntity,
        { replacesInvoice: { $in: cancelled.map((i) => i.id) } },
        { fields: ['replacesInvoice'] },
      )
    ).map((i) => i.replacesInvoice?.id),
  );
  const byFamily = new Map<number, InvoiceEntity>();
  for (const invoice of cancelled) {
    if (!replacedIds.has(invoice.id) && !byFamily.has(invoice.family.id))
      byFamily.set(invoice.family.id, invoice);
  }
  return byFamily;
}
