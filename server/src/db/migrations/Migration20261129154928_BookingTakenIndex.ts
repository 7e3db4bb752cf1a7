import { Migration } from '@mikro-orm/migrations';

export class Migration20261129154928_BookingTakenIndex extends Migration {
  override name = 'Migration20261129154928_BookingTakenIndex';

  override up(): void | Promise<void> {
    this.addSql(
      `create index "booking_taken_index" on "booking" ("unit_id", "date") where state in ('booked', 'cancel_requested');`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "booking_taken_index";`);
  }
}
