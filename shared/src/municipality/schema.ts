import { z } from 'zod';

/** The Service Enfance Jeunesse's public contact card, shown on the home page and in the FAQ's empty states. */
export const Municipality = z.object({
  name: z.string(),
  serviceName: z.string(),
  address: z.string(),
  phone: z.string(),
  email: z.string(),
  openingHours: z.string(),
  website: z.string().nullable(),
});
export type Municipality = z.infer<typeof Municipality>;
