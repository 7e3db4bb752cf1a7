import { Migration } from '@mikro-orm/migrations';

export class Migration20261129102830_Payments extends Migration {
  override name = 'Migration20261129102830_Payments';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "sandbox_operation" ("id" varchar(32) not null, "reference" varchar(30) not null, "label" varchar(100) not null, "amount_cents" int not null, "email" varchar(255) not null, "notify_url" text not null, "return_url" text not null, "secret" varchar(64) not null, "status" text not null, "card_last4" varchar(4) null, "created_at" timestamptz not null, "decided_at" timestamptz null, "validates_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "sandbox_operation_created_at_index" on "sandbox_operation" ("created_at");`);

    this.addSql(
      `alter table "payment" add "anomaly" text null, add "recorded_by_id" int null, add "received_on" date null, add "note" text null;`,
    );
    this.addSql(
      `alter table "payment" add constraint "payment_recorded_by_id_foreign" foreign key ("recorded_by_id") references "staff_user" ("id") on delete set null;`,
    );
    this.addSql(`create index "payment_state_created_at_index" on "payment" ("state", "created_at");`);

    this.addSql(
      `alter table "sandbox_operation" add constraint "sandbox_operation_amount_cents_check" check (amount_cents > 0);`,
    );
    this.addSql(
      `alter table "sandbox_operation" add constraint "sandbox_operation_status_check" check ("status" in ('open', 'paid', 'pending', 'refused', 'abandoned'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "sandbox_operation" cascade;`);

    this.addSql(`alter table "payment" drop constraint "payment_recorded_by_id_foreign";`);

    this.addSql(`drop index "payment_state_created_at_index";`);
    this.addSql(
      `alter table "payment" drop column "anomaly", drop column "recorded_by_id", drop column "received_on", drop column "note";`,
    );
  }
}
