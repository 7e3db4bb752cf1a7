import type { EventSubscriber, FlushEventArgs, TransactionEventArgs } from '@mikro-orm/core';
import { LiveEventEntity } from './entities.ts';

/**
 * Calls `notify` once a transaction that wrote live events has committed, never before: instances must not
 * read an event that could still roll back. NOTIFY is sent outside the writers' transaction, so it does not
 * serialise their commits on PostgreSQL's notification queue.
 */
export class NotifyAfterCommit implements EventSubscriber {
  readonly #notify: () => void;
  readonly #pending = new WeakSet<object>();

  constructor(notify: () => void) {
    this.#notify = notify;
  }

  afterFlush({ em, uow }: FlushEventArgs): void {
    const wroteEvents = uow.getChangeSets().some((cs) => cs.entity instanceof LiveEventEntity);
    if (!wroteEvents) return;
    const transaction = em.getTransactionContext();
    if (transaction) this.#pending.add(transaction);
    else this.#notify();
  }

  afterTransactionCommit({ transaction }: TransactionEventArgs): void {
    if (transaction && this.#pending.has(transaction)) {
      this.#pending.delete(transaction);
      this.#notify();
    }
  }
}
