import { z } from 'zod';
import { Email } from '../auth/schema.ts';
import { requiredText } from '../families/schema.ts';

/** An admin also configures facilities, tariffs and invoicing; an agent runs the day-to-day. */
export const staffRoles = ['agent', 'admin'] as const;
export const StaffRole = z.enum(staffRoles);
export type StaffRole = z.infer<typeof StaffRole>;

/** A member of the S.E.J.'s staff, as an admin adds them in «Équipe» (or `npm run setup -- staff`). */
export const StaffAccountInput = z.object({
  email: Email,
  firstName: requiredText(100, 'Le prénom'),
  lastName: requiredText(100, 'Le nom'),
  role: StaffRole,
});
export type StaffAccountInput = z.infer<typeof StaffAccountInput>;

export const StaffDisabledInput = z.object({ id: z.number().int().positive(), disabled: z.boolean() });

export const StaffRoleInput = z.object({ id: z.number().int().positive(), role: StaffRole });
