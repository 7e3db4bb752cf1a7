import { Migration } from '@mikro-orm/migrations';

/** Billing: staff's absence marks on booked days, who cancelled an invoice, invoices by month. */
export class Migration20261129102707_Billing extends Migration {
  override name = 'Migration20261129102707_Billing';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "absence" ("id" serial primary key, "booking_id" int not null, "kind" text not null, "note" varchar(255) null, "recorded_by_id" int not null, "recorded_at" timestamptz not null);`,
    );
    this.addSql(`alter table "absence" add constraint "absence_booking_id_unique" unique ("booking_id");`);

    this.addSql(`alter table "invoice" add "cancelled_by_id" int null;`);
    this.addSql(
      `alter table "invoice" add constraint "invoice_cancelled_by_id_foreign" foreign key ("cancelled_by_id") references "staff_user" ("id") on delete set null;`,
    );
    this.addSql(`create index "invoice_month_index" on "invoice" ("month");`);

    this.addSql(
      `alter table "absence" add constraint "absence_booking_id_foreign" foreign key ("booking_id") references "booking" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "absence" add constraint "absence_recorded_by_id_foreign" foreign key ("recorded_by_id") references "staff_user" ("id");`,
    );
    this.addSql(
      `alter table "absence" add constraint "absence_kind_check" check ("kind" in ('justified', 'unjustified'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "absence" cascade;`);

    this.addSql(`alter table "invoice" drop constraint "invoice_cancelled_by_id_foreign";`);
    this.addSql(`drop index "invoice_month_index";`);
    this.addSql(`alter table "invoice" drop column "cancelled_by_id";`);
  }
}
