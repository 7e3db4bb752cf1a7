import { z } from 'zod';

const MAX_DAYS = 92;
const day = z.iso.date('Indiquez les dates au format AAAA-MM-JJ.');

/** A span of days for the kitchen's counts: bounded, so one request cannot scan years of bookings. */
export const DateRange = z
  .object({ from: day, to: day })
  .refine((r) => r.from <= r.to && Date.parse(r.to) - Date.parse(r.from) <= MAX_DAYS * 86_400_000, {
    message: 'Choisissez une période de trois mois au plus, dont la fin ne précède pas le début.',
  });
