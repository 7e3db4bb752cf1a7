import { Migration } from '@mikro-orm/migrations';

export class Migration20261129101529_Initial extends Migration {
  override name = 'Migration20261129101529_Initial';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "audit_event" ("id" bigserial primary key, "at" timestamptz not null, "action" text not null, "actor_kind" varchar(255) null, "actor_id" int null, "subject_kind" varchar(255) null, "subject_id" int null, "identifier" varchar(255) null, "ip" varchar(255) null, "detail" jsonb null);`,
    );
    this.addSql(
      `create index "audit_event_subject_kind_subject_id_at_index" on "audit_event" ("subject_kind", "subject_id", "at");`,
    );
    this.addSql(`create index "audit_event_at_index" on "audit_event" ("at");`);

    this.addSql(
      `create table "document" ("id" uuid not null, "category" text not null, "title" varchar(255) not null, "file_name" varchar(255) not null, "mime_type" varchar(255) not null, "size_bytes" int not null, "content" bytea not null, "published_from" date not null, "published_until" date null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "document_category_published_from_index" on "document" ("category", "published_from");`,
    );

    this.addSql(
      `create table "facility" ("id" serial primary key, "name" varchar(255) not null, "kind" text not null, "school_levels" text[] not null, "active" boolean not null default true);`,
    );
    this.addSql(`alter table "facility" add constraint "facility_name_unique" unique ("name");`);

    this.addSql(
      `create table "closure" ("id" serial primary key, "facility_id" int null, "start_date" date not null, "end_date" date not null, "reason" varchar(255) not null);`,
    );
    this.addSql(`create index "closure_start_date_end_date_index" on "closure" ("start_date", "end_date");`);

    this.addSql(
      `create table "family" ("id" serial primary key, "reference" varchar(20) not null, "quotient_familial" int null, "address_line1" varchar(255) not null, "address_line2" varchar(255) null, "postal_code" varchar(10) not null, "city" varchar(255) not null, "created_at" timestamptz not null);`,
    );
    this.addSql(`alter table "family" add constraint "family_reference_unique" unique ("reference");`);

    this.addSql(
      `create table "child" ("id" serial primary key, "family_id" int not null, "first_name" varchar(255) not null, "last_name" varchar(255) not null, "birth_date" date not null, "school_level" text not null, "class_name" varchar(255) null);`,
    );
    this.addSql(`create index "child_family_id_index" on "child" ("family_id");`);

    this.addSql(
      `create table "guardian" ("id" serial primary key, "family_id" int not null, "first_name" varchar(255) not null, "last_name" varchar(255) not null, "email" varchar(255) not null, "phone" varchar(30) null, "address" varchar(255) null, "password_hash" varchar(255) null, "activated_at" timestamptz null, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "guardian_family_id_index" on "guardian" ("family_id");`);
    this.addSql(`alter table "guardian" add constraint "guardian_email_unique" unique ("email");`);

    this.addSql(
      `create table "client_mutation" ("guardian_id" int not null, "id" uuid not null, "kind" varchar(255) not null, "outcome" jsonb not null, "created_at" timestamptz not null, primary key ("guardian_id", "id"));`,
    );

    this.addSql(
      `create table "invoice" ("id" serial primary key, "number" varchar(10) not null, "family_id" int not null, "month" varchar(7) not null, "issued_at" timestamptz not null, "due_date" date not null, "total_cents" int not null, "state" text not null, "cancelled_at" timestamptz null, "cancelled_reason" varchar(255) null, "replaces_invoice_id" int null);`,
    );
    this.addSql(`alter table "invoice" add constraint "invoice_number_unique" unique ("number");`);
    this.addSql(
      `alter table "invoice" add constraint "invoice_replaces_invoice_id_unique" unique ("replaces_invoice_id");`,
    );
    this.addSql(`create index "invoice_family_id_issued_at_index" on "invoice" ("family_id", "issued_at");`);
    this.addSql(
      `create unique index "invoice_family_month_unique" on "invoice" ("family_id", "month") where state <> 'cancelled';`,
    );

    this.addSql(
      `create table "live_event" ("id" bigserial primary key, "family_id" int null, "for_staff" boolean not null, "type" varchar(255) not null, "payload" jsonb not null, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "live_event_family_id_id_index" on "live_event" ("family_id", "id");`);
    this.addSql(`create index "live_event_created_at_index" on "live_event" ("created_at");`);

    this.addSql(
      `create table "login_throttle" ("key" varchar(255) not null, "failures" int not null, "blocked_until" timestamptz null, "updated_at" timestamptz not null, primary key ("key"));`,
    );

    this.addSql(
      `create table "mail_message" ("id" bigserial primary key, "kind" varchar(255) not null, "to" varchar(255) not null, "subject" varchar(255) not null, "text" text not null, "html" text not null, "status" text not null default 'queued', "attempts" int not null default 0, "last_error" text null, "created_at" timestamptz not null, "sent_at" timestamptz null);`,
    );
    this.addSql(
      `create index "mail_message_status_created_at_index" on "mail_message" ("status", "created_at");`,
    );
    this.addSql(`create index "mail_message_created_at_index" on "mail_message" ("created_at");`);

    this.addSql(
      `create table "menu_day" ("id" serial primary key, "facility_id" int null, "date" date not null, "starter" varchar(255) null, "main" varchar(255) null, "side" varchar(255) null, "dairy" varchar(255) null, "dessert" varchar(255) null, "allergens" text[] not null default '{}', "labels" text[] not null default '{}');`,
    );
    this.addSql(`create index "menu_day_date_index" on "menu_day" ("date");`);
    this.addSql(
      `create unique index "menu_day_facility_date_unique" on "menu_day" ("facility_id", "date") nulls not distinct;`,
    );

    this.addSql(
      `create table "municipality" ("id" serial primary key, "name" varchar(255) not null, "service_name" varchar(255) not null, "address" varchar(255) not null, "phone" varchar(255) not null, "email" varchar(255) not null, "opening_hours" varchar(255) not null, "website" varchar(255) null);`,
    );

    this.addSql(
      `create table "number_sequence" ("series" text not null, "year" int not null, "last_number" int not null, primary key ("series", "year"));`,
    );

    this.addSql(
      `create table "one_time_token" ("id" uuid not null, "purpose" text not null, "principal_kind" text not null, "principal_id" int not null, "token_hash" varchar(255) not null, "new_email" varchar(255) null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "one_time_token" add constraint "one_time_token_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(
      `create index "one_time_token_principal_kind_principal_id_purpose_index" on "one_time_token" ("principal_kind", "principal_id", "purpose");`,
    );

    this.addSql(
      `create table "payment" ("id" serial primary key, "reference" varchar(30) not null, "family_id" int not null, "guardian_id" int null, "provider" text not null, "method" text null, "provider_operation_id" varchar(255) null, "provider_result" varchar(10) null, "amount_cents" int not null, "state" text not null, "created_at" timestamptz not null, "settled_at" timestamptz null);`,
    );
    this.addSql(`alter table "payment" add constraint "payment_reference_unique" unique ("reference");`);
    this.addSql(
      `alter table "payment" add constraint "payment_provider_operation_id_unique" unique ("provider_operation_id");`,
    );
    this.addSql(
      `create index "payment_family_id_created_at_index" on "payment" ("family_id", "created_at");`,
    );

    this.addSql(
      `create table "payment_allocation" ("id" serial primary key, "payment_id" int not null, "invoice_id" int not null, "amount_cents" int not null);`,
    );
    this.addSql(`create index "payment_allocation_invoice_id_index" on "payment_allocation" ("invoice_id");`);
    this.addSql(
      `alter table "payment_allocation" add constraint "payment_allocation_payment_id_invoice_id_unique" unique ("payment_id", "invoice_id");`,
    );

    this.addSql(
      `create table "period" ("id" serial primary key, "facility_id" int not null, "name" varchar(255) not null, "start_date" date not null, "end_date" date not null, "weekdays" smallint[] not null, "school_levels" text[] not null, "booking_opens_at" timestamptz not null, "booking_closes_at" timestamptz not null);`,
    );
    this.addSql(
      `create index "period_facility_id_start_date_index" on "period" ("facility_id", "start_date");`,
    );

    this.addSql(
      `create table "refresh_token" ("id" uuid not null, "chain_id" uuid not null, "principal_kind" text not null, "principal_id" int not null, "token_hash" varchar(255) not null, "user_agent" varchar(255) null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "revoked_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "refresh_token" add constraint "refresh_token_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(`create index "refresh_token_chain_id_index" on "refresh_token" ("chain_id");`);
    this.addSql(
      `create index "refresh_token_principal_kind_principal_id_index" on "refresh_token" ("principal_kind", "principal_id");`,
    );

    this.addSql(
      `create table "reservation" ("id" serial primary key, "number" varchar(20) not null, "child_id" int not null, "period_id" int not null, "guardian_id" int not null, "state" text not null, "client_mutation_id" uuid null, "created_at" timestamptz not null, "decided_at" timestamptz null);`,
    );
    this.addSql(`alter table "reservation" add constraint "reservation_number_unique" unique ("number");`);
    this.addSql(
      `create index "reservation_child_id_period_id_index" on "reservation" ("child_id", "period_id");`,
    );
    this.addSql(`create index "reservation_period_id_index" on "reservation" ("period_id");`);
    this.addSql(
      `alter table "reservation" add constraint "reservation_guardian_id_client_mutation_id_unique" unique ("guardian_id", "client_mutation_id");`,
    );

    this.addSql(
      `create table "signing_key" ("kid" varchar(255) not null, "secret" varchar(255) not null, "created_at" timestamptz not null, "retired_at" timestamptz null, primary key ("kid"));`,
    );

    this.addSql(
      `create table "staff_user" ("id" serial primary key, "email" varchar(255) not null, "first_name" varchar(255) not null, "last_name" varchar(255) not null, "role" text not null, "password_hash" varchar(255) not null, "created_at" timestamptz not null);`,
    );
    this.addSql(`alter table "staff_user" add constraint "staff_user_email_unique" unique ("email");`);

    this.addSql(
      `create table "unit" ("id" serial primary key, "facility_id" int not null, "name" varchar(255) not null, "code" varchar(10) not null, "start_time" varchar(5) not null, "end_time" varchar(5) not null, "weekdays" smallint[] not null, "daily_capacity" int not null, "book_accept_until_days_before" int not null, "book_accept_until_time" varchar(5) not null, "book_request_until_days_before" int not null, "book_request_until_time" varchar(5) not null, "cancel_accept_until_days_before" int not null, "cancel_accept_until_time" varchar(5) not null, "cancel_request_until_days_before" int not null, "cancel_request_until_time" varchar(5) not null, "price_cents" int not null, "includes_meal" boolean not null default false, "position" int not null default 0);`,
    );
    this.addSql(
      `alter table "unit" add constraint "unit_facility_id_code_unique" unique ("facility_id", "code");`,
    );

    this.addSql(
      `create table "tariff" ("id" serial primary key, "unit_id" int not null, "qf_min" int null, "qf_max" int null, "price_cents" int not null);`,
    );
    this.addSql(`create index "tariff_unit_id_qf_min_index" on "tariff" ("unit_id", "qf_min");`);

    this.addSql(
      `create table "reservation_line" ("id" serial primary key, "reservation_id" int not null, "date" date not null, "unit_id" int not null, "action" text not null, "state" text not null, "request_reason" text null, "decision_reason" varchar(255) null, "decided_by_id" int null, "decided_at" timestamptz null);`,
    );
    this.addSql(
      `create index "reservation_line_requested_index" on "reservation_line" ("unit_id", "date") where state = 'requested';`,
    );
    this.addSql(
      `alter table "reservation_line" add constraint "reservation_line_reservation_id_unit_id_date_unique" unique ("reservation_id", "unit_id", "date");`,
    );

    this.addSql(
      `create table "invoice_line" ("id" serial primary key, "invoice_id" int not null, "child_id" int not null, "unit_id" int not null, "label" varchar(255) not null, "dates" date[] not null, "quantity" int not null, "unit_price_cents" int not null, "amount_cents" int not null);`,
    );
    this.addSql(`create index "invoice_line_invoice_id_index" on "invoice_line" ("invoice_id");`);

    this.addSql(
      `create table "booking" ("id" serial primary key, "child_id" int not null, "unit_id" int not null, "date" date not null, "state" text not null, "line_id" int not null, "updated_at" timestamptz not null);`,
    );
    this.addSql(`create index "booking_unit_id_date_index" on "booking" ("unit_id", "date");`);
    this.addSql(
      `alter table "booking" add constraint "booking_child_id_unit_id_date_unique" unique ("child_id", "unit_id", "date");`,
    );

    this.addSql(
      `alter table "audit_event" add constraint "audit_event_action_check" check ("action" in ('guardian_created', 'activation_link_sent', 'account_activated', 'login_succeeded', 'login_failed', 'login_throttled', 'password_reset_requested', 'password_reset', 'password_changed', 'email_change_requested', 'email_changed', 'phone_changed', 'session_revoked', 'all_sessions_revoked', 'refresh_token_reused', 'family_created', 'family_updated'));`,
    );

    this.addSql(
      `alter table "document" add constraint "document_category_check" check ("category" in ('inscription', 'preinscription', 'planning', 'menu'));`,
    );

    this.addSql(
      `alter table "facility" add constraint "facility_kind_check" check ("kind" in ('alp', 'ale'));`,
    );
    this.addSql(
      `alter table "facility" add constraint "facility_school_levels_check" check ("school_levels" <@ array['maternelle'::text, 'elementaire'::text]);`,
    );

    this.addSql(
      `alter table "closure" add constraint "closure_facility_id_foreign" foreign key ("facility_id") references "facility" ("id") on delete cascade;`,
    );
    this.addSql(`alter table "closure" add constraint "closure_dates_check" check (start_date <= end_date);`);

    this.addSql(
      `alter table "family" add constraint "family_quotient_familial_check" check (quotient_familial >= 0);`,
    );

    this.addSql(
      `alter table "child" add constraint "child_family_id_foreign" foreign key ("family_id") references "family" ("id");`,
    );
    this.addSql(
      `alter table "child" add constraint "child_school_level_check" check ("school_level" in ('maternelle', 'elementaire'));`,
    );

    this.addSql(
      `alter table "guardian" add constraint "guardian_family_id_foreign" foreign key ("family_id") references "family" ("id");`,
    );
    this.addSql(`alter table "guardian" add constraint "guardian_email_check" check (email = lower(email));`);

    this.addSql(
      `alter table "client_mutation" add constraint "client_mutation_guardian_id_foreign" foreign key ("guardian_id") references "guardian" ("id");`,
    );

    this.addSql(
      `alter table "invoice" add constraint "invoice_family_id_foreign" foreign key ("family_id") references "family" ("id");`,
    );
    this.addSql(
      `alter table "invoice" add constraint "invoice_replaces_invoice_id_foreign" foreign key ("replaces_invoice_id") references "invoice" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "invoice" add constraint "invoice_cancellation_check" check ((state = 'cancelled') = (cancelled_at is not null));`,
    );
    this.addSql(
      `alter table "invoice" add constraint "invoice_number_check" check (number ~ '^[0-9]{4}-[0-9]{5}$');`,
    );
    this.addSql(
      `alter table "invoice" add constraint "invoice_month_check" check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$');`,
    );
    this.addSql(`alter table "invoice" add constraint "invoice_total_cents_check" check (total_cents >= 0);`);
    this.addSql(
      `alter table "invoice" add constraint "invoice_state_check" check ("state" in ('unpaid', 'partially_paid', 'paid', 'cancelled'));`,
    );

    this.addSql(
      `alter table "mail_message" add constraint "mail_message_status_check" check ("status" in ('queued', 'kept', 'sent', 'failed'));`,
    );

    this.addSql(
      `alter table "menu_day" add constraint "menu_day_facility_id_foreign" foreign key ("facility_id") references "facility" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "menu_day" add constraint "menu_day_allergens_check" check ("allergens" <@ array['gluten'::text, 'crustaceans'::text, 'eggs'::text, 'fish'::text, 'peanuts'::text, 'soy'::text, 'milk'::text, 'nuts'::text, 'celery'::text, 'mustard'::text, 'sesame'::text, 'sulphites'::text, 'lupin'::text, 'molluscs'::text]);`,
    );
    this.addSql(
      `alter table "menu_day" add constraint "menu_day_labels_check" check ("labels" <@ array['bio'::text, 'local'::text, 'fait_maison'::text]);`,
    );

    this.addSql(
      `alter table "number_sequence" add constraint "number_sequence_last_number_check" check (last_number >= 0);`,
    );
    this.addSql(
      `alter table "number_sequence" add constraint "number_sequence_series_check" check ("series" in ('family', 'reservation', 'invoice', 'payment'));`,
    );

    this.addSql(
      `alter table "one_time_token" add constraint "one_time_token_purpose_check" check ("purpose" in ('activation', 'password_reset', 'email_change'));`,
    );
    this.addSql(
      `alter table "one_time_token" add constraint "one_time_token_principal_kind_check" check ("principal_kind" in ('guardian', 'staff'));`,
    );

    this.addSql(
      `alter table "payment" add constraint "payment_family_id_foreign" foreign key ("family_id") references "family" ("id");`,
    );
    this.addSql(
      `alter table "payment" add constraint "payment_guardian_id_foreign" foreign key ("guardian_id") references "guardian" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "payment" add constraint "payment_settled_check" check ((state in ('created', 'pending')) = (settled_at is null));`,
    );
    this.addSql(
      `alter table "payment" add constraint "payment_reference_check" check (reference ~ '^[A-Za-z0-9]{1,30}$');`,
    );
    this.addSql(
      `alter table "payment" add constraint "payment_amount_cents_check" check (amount_cents > 0);`,
    );
    this.addSql(
      `alter table "payment" add constraint "payment_provider_check" check ("provider" in ('payfip', 'sandbox', 'desk'));`,
    );
    this.addSql(
      `alter table "payment" add constraint "payment_method_check" check ("method" in ('card', 'direct_debit', 'cheque', 'cash', 'cesu'));`,
    );
    this.addSql(
      `alter table "payment" add constraint "payment_state_check" check ("state" in ('created', 'pending', 'validated', 'refused', 'abandoned', 'expired'));`,
    );

    this.addSql(
      `alter table "payment_allocation" add constraint "payment_allocation_payment_id_foreign" foreign key ("payment_id") references "payment" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "payment_allocation" add constraint "payment_allocation_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id");`,
    );
    this.addSql(
      `alter table "payment_allocation" add constraint "payment_allocation_amount_cents_check" check (amount_cents > 0);`,
    );

    this.addSql(
      `alter table "period" add constraint "period_facility_id_foreign" foreign key ("facility_id") references "facility" ("id");`,
    );
    this.addSql(`alter table "period" add constraint "period_dates_check" check (start_date <= end_date);`);
    this.addSql(
      `alter table "period" add constraint "period_window_check" check (booking_opens_at < booking_closes_at);`,
    );
    this.addSql(
      `alter table "period" add constraint "period_weekdays_check" check (cardinality(weekdays) > 0 and weekdays <@ array[1, 2, 3, 4, 5, 6, 7]::smallint[]);`,
    );
    this.addSql(
      `alter table "period" add constraint "period_school_levels_check" check ("school_levels" <@ array['maternelle'::text, 'elementaire'::text]);`,
    );

    this.addSql(
      `alter table "refresh_token" add constraint "refresh_token_principal_kind_check" check ("principal_kind" in ('guardian', 'staff'));`,
    );

    this.addSql(
      `alter table "reservation" add constraint "reservation_child_id_foreign" foreign key ("child_id") references "child" ("id");`,
    );
    this.addSql(
      `alter table "reservation" add constraint "reservation_period_id_foreign" foreign key ("period_id") references "period" ("id");`,
    );
    this.addSql(
      `alter table "reservation" add constraint "reservation_guardian_id_foreign" foreign key ("guardian_id") references "guardian" ("id");`,
    );
    this.addSql(
      `alter table "reservation" add constraint "reservation_state_check" check ("state" in ('pending', 'accepted', 'partial', 'refused'));`,
    );

    this.addSql(
      `alter table "staff_user" add constraint "staff_user_email_check" check (email = lower(email));`,
    );
    this.addSql(
      `alter table "staff_user" add constraint "staff_user_role_check" check ("role" in ('agent', 'admin'));`,
    );

    this.addSql(
      `alter table "unit" add constraint "unit_facility_id_foreign" foreign key ("facility_id") references "facility" ("id");`,
    );
    this.addSql(`alter table "unit" add constraint "unit_times_check" check (start_time < end_time);`);
    this.addSql(
      `alter table "unit" add constraint "unit_book_accept_until_check" check (book_accept_until_days_before >= 0 and book_accept_until_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$');`,
    );
    this.addSql(
      `alter table "unit" add constraint "unit_book_request_until_check" check (book_request_until_days_before >= 0 and book_request_until_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$');`,
    );
    this.addSql(
      `alter table "unit" add constraint "unit_book_deadlines_order_check" check (book_accept_until_days_before > book_request_until_days_before or (book_accept_until_days_before = book_request_until_days_before and book_accept_until_time <= book_request_until_time));`,
    );
    this.addSql(
      `alter table "unit" add constraint "unit_cancel_accept_until_check" check (cancel_accept_until_days_before >= 0 and cancel_accept_until_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$');`,
    );
    this.addSql(
      `alter table "unit" add constraint "unit_cancel_request_until_check" check (cancel_request_until_days_before >= 0 and cancel_request_until_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$');`,
    );
    this.addSql(
      `alter table "unit" add constraint "unit_cancel_deadlines_order_check" check (cancel_accept_until_days_before > cancel_request_until_days_before or (cancel_accept_until_days_before = cancel_request_until_days_before and cancel_accept_until_time <= cancel_request_until_time));`,
    );
    this.addSql(
      `alter table "unit" add constraint "unit_start_time_check" check (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$');`,
    );
    this.addSql(
      `alter table "unit" add constraint "unit_end_time_check" check (end_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$');`,
    );
    this.addSql(
      `alter table "unit" add constraint "unit_weekdays_check" check (cardinality(weekdays) > 0 and weekdays <@ array[1, 2, 3, 4, 5, 6, 7]::smallint[]);`,
    );
    this.addSql(`alter table "unit" add constraint "unit_daily_capacity_check" check (daily_capacity >= 0);`);
    this.addSql(`alter table "unit" add constraint "unit_price_cents_check" check (price_cents >= 0);`);

    this.addSql(
      `alter table "tariff" add constraint "tariff_unit_id_foreign" foreign key ("unit_id") references "unit" ("id");`,
    );
    this.addSql(
      `alter table "tariff" add constraint "tariff_bracket_check" check (qf_min is null or qf_max is null or qf_min <= qf_max);`,
    );
    this.addSql(`alter table "tariff" add constraint "tariff_price_cents_check" check (price_cents >= 0);`);

    this.addSql(
      `alter table "reservation_line" add constraint "reservation_line_reservation_id_foreign" foreign key ("reservation_id") references "reservation" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "reservation_line" add constraint "reservation_line_unit_id_foreign" foreign key ("unit_id") references "unit" ("id");`,
    );
    this.addSql(
      `alter table "reservation_line" add constraint "reservation_line_decided_by_id_foreign" foreign key ("decided_by_id") references "staff_user" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "reservation_line" add constraint "reservation_line_request_check" check (state <> 'requested' or (request_reason is not null and decided_at is null));`,
    );
    this.addSql(
      `alter table "reservation_line" add constraint "reservation_line_action_check" check ("action" in ('book', 'cancel'));`,
    );
    this.addSql(
      `alter table "reservation_line" add constraint "reservation_line_state_check" check ("state" in ('accepted', 'requested', 'refused'));`,
    );
    this.addSql(
      `alter table "reservation_line" add constraint "reservation_line_request_reason_check" check ("request_reason" in ('late', 'full'));`,
    );

    this.addSql(
      `alter table "invoice_line" add constraint "invoice_line_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "invoice_line" add constraint "invoice_line_child_id_foreign" foreign key ("child_id") references "child" ("id");`,
    );
    this.addSql(
      `alter table "invoice_line" add constraint "invoice_line_unit_id_foreign" foreign key ("unit_id") references "unit" ("id");`,
    );
    this.addSql(
      `alter table "invoice_line" add constraint "invoice_line_quantity_check" check (quantity = cardinality(dates) and quantity > 0);`,
    );
    this.addSql(
      `alter table "invoice_line" add constraint "invoice_line_amount_check" check (amount_cents = quantity * unit_price_cents);`,
    );
    this.addSql(
      `alter table "invoice_line" add constraint "invoice_line_unit_price_cents_check" check (unit_price_cents >= 0);`,
    );

    this.addSql(
      `alter table "booking" add constraint "booking_child_id_foreign" foreign key ("child_id") references "child" ("id");`,
    );
    this.addSql(
      `alter table "booking" add constraint "booking_unit_id_foreign" foreign key ("unit_id") references "unit" ("id");`,
    );
    this.addSql(
      `alter table "booking" add constraint "booking_line_id_foreign" foreign key ("line_id") references "reservation_line" ("id");`,
    );
    this.addSql(
      `alter table "booking" add constraint "booking_state_check" check ("state" in ('booked', 'requested', 'cancel_requested'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "closure" drop constraint "closure_facility_id_foreign";`);
    this.addSql(`alter table "menu_day" drop constraint "menu_day_facility_id_foreign";`);
    this.addSql(`alter table "period" drop constraint "period_facility_id_foreign";`);
    this.addSql(`alter table "unit" drop constraint "unit_facility_id_foreign";`);
    this.addSql(`alter table "child" drop constraint "child_family_id_foreign";`);
    this.addSql(`alter table "guardian" drop constraint "guardian_family_id_foreign";`);
    this.addSql(`alter table "invoice" drop constraint "invoice_family_id_foreign";`);
    this.addSql(`alter table "payment" drop constraint "payment_family_id_foreign";`);
    this.addSql(`alter table "reservation" drop constraint "reservation_child_id_foreign";`);
    this.addSql(`alter table "invoice_line" drop constraint "invoice_line_child_id_foreign";`);
    this.addSql(`alter table "booking" drop constraint "booking_child_id_foreign";`);
    this.addSql(`alter table "client_mutation" drop constraint "client_mutation_guardian_id_foreign";`);
    this.addSql(`alter table "payment" drop constraint "payment_guardian_id_foreign";`);
    this.addSql(`alter table "reservation" drop constraint "reservation_guardian_id_foreign";`);
    this.addSql(`alter table "invoice" drop constraint "invoice_replaces_invoice_id_foreign";`);
    this.addSql(`alter table "payment_allocation" drop constraint "payment_allocation_invoice_id_foreign";`);
    this.addSql(`alter table "invoice_line" drop constraint "invoice_line_invoice_id_foreign";`);
    this.addSql(`alter table "payment_allocation" drop constraint "payment_allocation_payment_id_foreign";`);
    this.addSql(`alter table "reservation" drop constraint "reservation_period_id_foreign";`);
    this.addSql(`alter table "reservation_line" drop constraint "reservation_line_reservation_id_foreign";`);
    this.addSql(`alter table "reservation_line" drop constraint "reservation_line_decided_by_id_foreign";`);
    this.addSql(`alter table "tariff" drop constraint "tariff_unit_id_foreign";`);
    this.addSql(`alter table "reservation_line" drop constraint "reservation_line_unit_id_foreign";`);
    this.addSql(`alter table "invoice_line" drop constraint "invoice_line_unit_id_foreign";`);
    this.addSql(`alter table "booking" drop constraint "booking_unit_id_foreign";`);
    this.addSql(`alter table "booking" drop constraint "booking_line_id_foreign";`);

    this.addSql(`drop table if exists "audit_event" cascade;`);
    this.addSql(`drop table if exists "document" cascade;`);
    this.addSql(`drop table if exists "facility" cascade;`);
    this.addSql(`drop table if exists "closure" cascade;`);
    this.addSql(`drop table if exists "family" cascade;`);
    this.addSql(`drop table if exists "child" cascade;`);
    this.addSql(`drop table if exists "guardian" cascade;`);
    this.addSql(`drop table if exists "client_mutation" cascade;`);
    this.addSql(`drop table if exists "invoice" cascade;`);
    this.addSql(`drop table if exists "live_event" cascade;`);
    this.addSql(`drop table if exists "login_throttle" cascade;`);
    this.addSql(`drop table if exists "mail_message" cascade;`);
    this.addSql(`drop table if exists "menu_day" cascade;`);
    this.addSql(`drop table if exists "municipality" cascade;`);
    this.addSql(`drop table if exists "number_sequence" cascade;`);
    this.addSql(`drop table if exists "one_time_token" cascade;`);
    this.addSql(`drop table if exists "payment" cascade;`);
    this.addSql(`drop table if exists "payment_allocation" cascade;`);
    this.addSql(`drop table if exists "period" cascade;`);
    this.addSql(`drop table if exists "refresh_token" cascade;`);
    this.addSql(`drop table if exists "reservation" cascade;`);
    this.addSql(`drop table if exists "signing_key" cascade;`);
    this.addSql(`drop table if exists "staff_user" cascade;`);
    this.addSql(`drop table if exists "unit" cascade;`);
    this.addSql(`drop table if exists "tariff" cascade;`);
    this.addSql(`drop table if exists "reservation_line" cascade;`);
    this.addSql(`drop table if exists "invoice_line" cascade;`);
    this.addSql(`drop table if exists "booking" cascade;`);
  }
}
