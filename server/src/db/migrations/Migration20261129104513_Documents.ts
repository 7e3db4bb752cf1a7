import { Migration } from '@mikro-orm/migrations';

export class Migration20261129104513_Documents extends Migration {
  override name = 'Migration20261129104513_Documents';

  override up(): void | Promise<void> {
    this.addSql(`alter table "live_event" add "for_families" boolean not null default false;`);

    this.addSql(`alter table "menu_day" add "published" boolean not null default false;`);
    // Menus typed before drafts existed were meant to be read: they stay visible.
    this.addSql(`update "menu_day" set "published" = true;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "live_event" drop column "for_families";`);

    this.addSql(`alter table "menu_day" drop column "published";`);
  }
}
