import { defineEntity, p } from '@mikro-orm/core';

export const auditActions = [
  'guardian_created',
  'activation_link_sent',
  'account_activated',
  'login_succeeded',
  'login_failed',
  'login_throttled',
  'password_reset_requested',
  'password_reset',
  'password_changed',
  'email_change_requested',
  'email_changed',
  'phone_changed',
  'session_revoked',
  'all_sessions_revoked',
  'refresh_token_reused',
  'family_created',
  'family_updated',
  'invoice_issued',
  'invoice_cancelled',
  'desk_payment_recorded',
  'staff_created',
  'staff_disabled',
  'staff_enabled',
  'staff_role_changed',
] as const;
export type AuditAction = (typeof auditActions)[number];

/** Who did what to which account or invoice, when and from where. Append-only; read by admins. */
export const AuditEventSchema = defineEntity({
  name: 'AuditEvent',
  tableName: 'audit_event',
  properties: {
    id: p.bigint().primary().autoincrement(),
    at: p.datetime().onCreate(() => new Date()),
    action: p.enum(auditActions),
    actorKind: p.string().nullable(),
    actorId: p.integer().nullable(),
    subjectKind: p.string().nullable(),
    subjectId: p.integer().nullable(),
    /** The identifier typed, for failed logins on unknown accounts. */
    identifier: p.string().nullable(),
    ip: p.string().nullable(),
    detail: p.json<Record<string, unknown>>().nullable(),
  },
  indexes: [{ properties: ['subjectKind', 'subjectId', 'at'] }, { properties: ['at'] }],
});
export class AuditEventEntity extends AuditEventSchema.class {}
AuditEventSchema.setClass(AuditEventEntity);
