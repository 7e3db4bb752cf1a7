import type { Migration } from '@mikro-orm/migrations';
import { Migration20261129101529_Initial } from './Migration20261129101529_Initial.ts';
import { Migration20261129102707_Billing } from './Migration20261129102707_Billing.ts';
import { Migration20261129102830_Payments } from './Migration20261129102830_Payments.ts';
import { Migration20261129104513_Documents } from './Migration20261129104513_Documents.ts';
import { Migration20261129154928_BookingTakenIndex } from './Migration20261129154928_BookingTakenIndex.ts';
import { Migration20261129160000_BillingAudit } from './Migration20261129160000_BillingAudit.ts';
import { Migration20261204090000_StaffAccounts } from './Migration20261204090000_StaffAccounts.ts';

/** Committed migrations, oldest first. `npm run migration:create -w server` writes a new file; list it here. */
export const migrations: (new (...args: ConstructorParameters<typeof Migration>) => Migration)[] = [
  Migration20261129101529_Initial,
  Migration20261129102707_Billing,
  Migration20261129102830_Payments,
  Migration20261129104513_Documents,
  Migration20261129154928_BookingTakenIndex,
  Migration20261129160000_BillingAudit,
  Migration20261204090000_StaffAccounts,
];
