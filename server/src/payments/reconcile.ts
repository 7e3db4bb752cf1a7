import type { EntityManager } from '@mikro-orm/postgresql';
import { publish } from '../live/publish.ts';
import { applyResult } from './apply.ts';
import type { PaymentDeps } from './deps.ts';
import { PaymentEntity } from './entities.ts';
import { OPERATION_LIFETIME_MS } from './provider.ts';

const EVERY_MS = 60_000;
const BATCH = 50;
/** The demo bank forgets its operations after this; their payments are final long before. */
const SANDBOX_RETENTION_MS = 30 * 86_400_000;

/**
 * Asks the bank about online payments it has not answered for: those still `created` once their operation
 * has lapsed (the parent closed the tab, a notification was lost), and those `pending` (P5), until the
 * bank answers or the 20 minutes of waiting are over (then expired, in `applyResult`). Bounded per run.
 * Several instances may run it at once: `applyResult` applies each answer once.
 */
export async function reconcilePayments(
  deps: PaymentDeps,
  now = new Date(),
): Promise<{ checked: number; changed: number; failed: number }> {
  const em = deps.orm.em.fork() as EntityManager;
  const lapsed = new Date(now.getTime() - OPERATION_LIFETIME_MS);
  const payments = await em.find(
    PaymentEntity,
    {
      provider: { $in: ['payfip', 'sandbox'] },
      $or: [{ state: 'pending' }, { state: 'created', createdAt: { $lt: lapsed } }],
    },
    { orderBy: { createdAt: 'asc' }, limit: BATCH },
  );
  let changed = 0;
  let failed = 0;
  for (const payment of payments) {
    try {
      if (!payment.providerOperationId) {
        if (await expireWithoutOperation(em, payment.id, now)) changed += 1;
        continue;
      }
      const outcome = await applyResult(deps, payment.providerOperationId, 'reconciliation', now);
      if (outcome.kind === 'changed') changed += 1;
    } catch (error) {
      failed += 1;
      deps.log.warn({ err: error, paymentId: payment.id }, 'paiement : la banque n’a pas pu être interrogée');
    }
  }
  await em.execute('delete from sandbox_operation where created_at < ?', [
    new Date(now.getTime() - SANDBOX_RETENTION_MS),
  ]);
  return { checked: payments.length, changed, failed };
}

/** A payment whose operation the bank never gave us (the server stopped in between): it lapses. */
async function expireWithoutOperation(em: EntityManager, paymentId: number, now: Date): Promise<boolean> {
  return em.transactional(async (tx) => {
    const rows = await tx.execute<{ id: number; reference: string; family_id: number }[]>(
      `update payment set state = 'expired', settled_at = ?, anomaly = ?
       where id = ? and state = 'created' and provider_operation_id is null
       returning id, reference, family_id`,
      [now, 'Aucune opération n’a été créée à la banque pour ce paiement.', paymentId],
    );
    const row = rows[0];
    if (!row) return false;
    publish(
      tx,
      { familyId: row.family_id, staff: true },
      { type: 'payment.updated', paymentId: row.id, reference: row.reference, state: 'expired' },
    );
    await tx.flush();
    return true;
  });
}

/** Runs the reconciliation every minute until the returned function is called; it waits for a run under way. */
export function scheduleReconciliation(deps: PaymentDeps): () => Promise<void> {
  let running: Promise<unknown> | undefined;
  const timer = setInterval(() => {
    running ??= reconcilePayments(deps)
      .then(
        (r) => r.changed + r.failed > 0 && deps.log.info(r, 'paiements : rapprochement avec la banque'),
        (error: unknown) => deps.log.warn({ err: error }, 'paiements : rapprochement impossible'),
      )
      .finally(() => {
        running = undefined;
      });
  }, EVERY_MS).unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
