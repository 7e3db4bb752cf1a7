import { z } from 'zod';

/** An admin also configures facilities, tariffs and invoicing; an agent runs the day-to-day. */
export const staffRoles = ['agent', 'admin'] as const;
export const StaffRole = z.enum(staffRoles);
export type StaffRole = z.infer<typeof StaffRole>;
