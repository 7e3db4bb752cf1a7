import { Migration } from '@mikro-orm/migrations';

// Listed here, not imported from the entity: a migration must keep saying what it did when the list grows.
const before = [
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
];
const staffActions = ['staff_created', 'staff_disabled', 'staff_enabled', 'staff_role_changed'];
const check = (actions: string[]) =>
  `alter table "audit_event" add constraint "audit_event_action_check" check ("action" in (${actions.map((a) => `'${a}'`).join(', ')}));`;

/** Admins manage the staff accounts: one can be disabled (kept, with its history), and the log says who did it. */
export class Migration20261204090000_StaffAccounts extends Migration {
  override name = 'Migration20261204090000_StaffAccounts';

  override up(): void | Promise<void> {
    this.addSql(`alter table "staff_user" add column "disabled_at" timestamptz null;`);
    this.addSql(`alter table "audit_event" drop constraint if exists "audit_event_action_check";`);
    this.addSql(check([...before, ...staffActions]));
  }

  override down(): void | Promise<void> {
    this.addSql(
      `delete from "audit_event" where "action" in (${staffActions.map((a) => `'${a}'`).join(', ')});`,
    );
    this.addSql(`alter table "audit_event" drop constraint if exists "audit_event_action_check";`);
    this.addSql(check(before));
    this.addSql(`alter table "staff_user" drop column "disabled_at";`);
  }
}
