import { Migration } from '@mikro-orm/migrations';

// Listed here, not imported from the entity: a migration must keep saying what it did when the list grows.
const accountActions = [
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
];
const billingActions = ['invoice_issued', 'invoice_cancelled', 'desk_payment_recorded'];
const check = (actions: string[]) =>
  `alter table "audit_event" add constraint "audit_event_action_check" check ("action" in (${actions.map((a) => `'${a}'`).join(', ')}));`;

/** The audit log also records invoices issued and cancelled, and payments taken at the desk. */
export class Migration20261129160000_BillingAudit extends Migration {
  override name = 'Migration20261129160000_BillingAudit';

  override up(): void | Promise<void> {
    this.addSql(`alter table "audit_event" drop constraint if exists "audit_event_action_check";`);
    this.addSql(check([...accountActions, ...billingActions]));
  }

  override down(): void | Promise<void> {
    this.addSql(
      `delete from "audit_event" where "action" in (${billingActions.map((a) => `'${a}'`).join(', ')});`,
    );
    this.addSql(`alter table "audit_event" drop constraint if exists "audit_event_action_check";`);
    this.addSql(check(accountActions));
  }
}
