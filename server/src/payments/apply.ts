import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { formatEuros } from '@portail/shared/billing/format';
import { finalPaymentStates } from '@portail/shared/payments/labels';
import type { PaymentMethod, PaymentState } from '@portail/shared/payments/schema';
import { publish } from '../live/publish.ts';
import { loadMunicipality } from '../municipality/service.ts';
import type { PaymentDeps } from './deps.ts';
import { PaymentEntity } from './entities.ts';
import { paymentRefusedMail, paymentValidatedMail } from './mails.ts';
import { type OnlineProvider, PENDING_LIMIT_MS, ProviderError, type ProviderResult } from './provider.ts';
import { settleInvoices } from './settle.ts';

/** Who made the portal look: the bank's server, the parent's browser coming back, or the reconciliation job. */
export type ApplyTrigger = 'notification' | 'return' | 'reconciliation';

export type ApplyOutcome =
  | { kind: 'unknown' }
  | { kind: 'unchanged' | 'changed'; paymentId: number; reference: string; state: PaymentState };

type Transition = {
  state: PaymentState;
  code: string;
  method?: PaymentMethod;
  anomaly?: string;
};

/**
 * Applies what the bank says about operation `operationId`. Whatever woke us (a notification, the browser's
 * return, the job), the result is read from the bank itself, never from the caller. Under the payment's row
 * lock the transition is applied once: answers arriving twice, in any order, change nothing the second time,
 * and a final state never changes again. Throws ProviderError when the bank could not be asked.
 */
export async function applyResult(
  deps: PaymentDeps,
  operationId: string,
  trigger: ApplyTrigger,
  now = new Date(),
): Promise<ApplyOutcome> {
  const em = deps.orm.em.fork() as EntityManager;
  const found = await em.findOne(PaymentEntity, { providerOperationId: operationId });
  if (!found) {
    deps.log.warn({ operationId, trigger }, 'paiement : résultat pour une opération inconnue, ignoré');
    return { kind: 'unknown' };
  }
  const unchanged = (p: PaymentEntity) =>
    ({ kind: 'unchanged', paymentId: p.id, reference: p.reference, state: p.state }) as const;
  // Final answers of the bank are never asked again; an expiry is ours, so a late payment is still looked for.
  if (finalPaymentStates.includes(found.state) && (found.state !== 'expired' || found.anomaly)) {
    return unchanged(found);
  }
  const provider =
    found.provider === 'desk' ? undefined : deps.providers.get(found.provider as OnlineProvider);
  if (!provider) throw new ProviderError(`no provider configured for ${found.provider} payments`);
  const result = await provider.fetchResult(operationId);

  const outcome = await em.transactional(async (tx) => {
    const payment = await tx.findOneOrFail(
      PaymentEntity,
      { id: found.id },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    const t = transition(payment, result, now);
    if (!t) return unchanged(payment);
    const from = payment.state;
    if (t.state !== from) {
      payment.state = t.state;
      payment.providerResult = t.code;
      if (t.method) payment.method = t.method;
      if (finalPaymentStates.includes(t.state)) payment.settledAt = now;
    }
    const anomalies = t.anomaly ? [t.anomaly] : [];
    await tx.flush();
    if (t.state === 'validated' && from !== 'validated')
      anomalies.push(...(await settleInvoices(tx, payment.id)));
    if (anomalies.length > 0) {
      payment.anomaly = anomalies.join(' ');
      deps.log.error({ paymentId: payment.id, anomaly: payment.anomaly, result }, 'paiement : anomalie');
    }
    publish(
      tx,
      { familyId: payment.family.id, staff: true },
      { type: 'payment.updated', paymentId: payment.id, reference: payment.reference, state: payment.state },
    );
    if (t.state !== from && !t.anomaly) await queueMail(tx, deps, payment);
    await tx.flush();
    deps.log.info(
      { paymentId: payment.id, reference: payment.reference, from, to: payment.state, code: t.code, trigger },
      'paiement : résultat appliqué',
    );
    return {
      kind: 'changed',
      paymentId: payment.id,
      reference: payment.reference,
      state: payment.state,
    } as const;
  });
  if (outcome.kind === 'changed') void deps.mailer.deliver();
  return outcome;
}

/** What the bank's answer does to the payment as it is now; null when nothing changes. */
export function transition(payment: PaymentEntity, result: ProviderResult, now: Date): Transition | null {
  if (finalPaymentStates.includes(payment.state)) {
    // Paid after we stopped waiting: the state stays, staff are told to give the money back or allocate it.
    if (payment.state === 'expired' && result.status === 'paid' && !payment.anomaly) {
      return {
        state: payment.state,
        code: result.code,
        anomaly: `La banque a validé ce paiement (${result.code}) après son expiration : à régulariser (remboursement ou affectation).`,
      };
    }
    return null;
  }
  switch (result.status) {
    case 'paid': {
      if (result.amountCents !== undefined && result.amountCents !== payment.amountCents) {
        return {
          state: 'refused',
          code: result.code,
          anomaly: `Montant annoncé par la banque (${formatEuros(result.amountCents)}) différent du montant attendu (${formatEuros(payment.amountCents)}) : paiement non pris en compte, à vérifier avec la banque.`,
        };
      }
      if (result.reference !== undefined && result.reference !== payment.reference) {
        return {
          state: 'refused',
          code: result.code,
          anomaly: `Référence annoncée par la banque (${result.reference}) différente de la nôtre : paiement non pris en compte, à vérifier avec la banque.`,
        };
      }
      return { state: 'validated', code: result.code, method: result.method };
    }
    case 'refused':
    case 'abandoned':
    case 'expired':
      return { state: result.status, code: result.code };
    case 'pending':
      if (now.getTime() - payment.createdAt.getTime() > PENDING_LIMIT_MS) {
        return { state: 'expired', code: result.code };
      }
      return payment.state === 'pending' ? null : { state: 'pending', code: result.code };
  }
}

async function queueMail(em: EntityManager, deps: PaymentDeps, payment: PaymentEntity) {
  if (payment.state !== 'validated' && payment.state !== 'refused') return;
  await em.populate(payment, ['guardian', 'allocations.invoice']);
  const guardian = payment.guardian?.getEntity();
  if (!guardian) return;
  const summary = {
    reference: payment.reference,
    amountCents: payment.amountCents,
    invoiceNumbers: payment.allocations
      .getItems()
      .map((a) => a.invoice.getEntity().number)
      .sort(),
  };
  const url = `${deps.config.publicUrl}/factures`;
  const municipality = await loadMunicipality(em);
  const mail =
    payment.state === 'validated'
      ? paymentValidatedMail(municipality, guardian, summary, url)
      : paymentRefusedMail(municipality, guardian, summary, url);
  deps.mailer.queue(em, `payment_${payment.state}`, guardian.email, mail);
}
