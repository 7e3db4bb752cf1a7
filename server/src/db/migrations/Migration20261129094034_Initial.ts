import { Migration } from '@mikro-orm/migrations';

export class Migration20261129094034_Initial extends Migration {
  override name = 'Migration20261129094034_Initial';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "document" ("id" uuid not null, "category" text not null, "title" varchar(255) not null, "file_name" varchar(255) not null, "mime_type" varchar(255) not null, "size_bytes" int not null, "content" bytea not null, "published_from" date not null, "published_until" date null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "document_category_published_from_index" on "document" ("category", "published_from");`,
    );

    this.addSql(
      `create table "municipality" ("id" serial primary key, "name" varchar(255) not null, "service_name" varchar(255) not null, "address" varchar(255) not null, "phone" varchar(255) not null, "email" varchar(255) not null, "opening_hours" varchar(255) not null, "website" varchar(255) null);`,
    );

    this.addSql(
      `alter table "document" add constraint "document_category_check" check ("category" in ('inscription', 'preinscription', 'planning', 'menu'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "document" cascade;`);
    this.addSql(`drop table if exists "municipality" cascade;`);
  }
}
