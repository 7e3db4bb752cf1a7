import { StaffAccountInput, StaffRole } from '@portail/shared/accounts/schema';
import type { z } from 'zod';

/** A staff account as `npm run setup -- staff` takes it; an admin by default (the first one adds the others). */
export const StaffSetup = StaffAccountInput.extend({ role: StaffRole.default('admin') });
export type StaffSetup = z.infer<typeof StaffSetup>;
