import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal.ts';
import { type AuditAction, AuditEventEntity } from './entities.ts';

type Party = { kind: 'guardian' | 'staff'; id: number };
/** What an action is about: an account, or a record of the accounts of the S.E.J. (invoice, payment). */
type Subject = Party | { kind: 'invoice' | 'payment'; id: number };

export const partyOf = (p: Principal): Party =>
  p.kind === 'guardian' ? { kind: 'guardian', id: p.guardianId } : { kind: 'staff', id: p.staffId };

/** Adds an audit row to `em`'s unit of work: it is written with the change it describes, or not at all. */
export function audit(
  em: EntityManager,
  action: AuditAction,
  event: {
    actor?: Party;
    subject?: Subject;
    identifier?: string;
    ip?: string;
    detail?: Record<string, unknown>;
  },
): void {
  em.create(AuditEventEntity, {
    action,
    actorKind: event.actor?.kind ?? null,
    actorId: event.actor?.id ?? null,
    subjectKind: event.subject?.kind ?? null,
    subjectId: event.subject?.id ?? null,
    identifier: event.identifier ?? null,
    ip: event.ip ?? null,
    detail: event.detail ?? null,
  });
}
