import { StaffAccountInput, StaffRole } from '@portail/shared/accounts/schema';
import { Email } from '@portail/shared/auth/schema';
import { Phone, requiredText } from '@portail/shared/families/schema';
import { z } from 'zod';

/** The S.E.J.'s contact card as `npm run setup -- municipality` takes it; parents read it on every page. */
export const MunicipalitySetup = z.object({
  name: requiredText(100, 'Le nom de la commune'),
  serviceName: requiredText(100, 'Le nom du service').default('Service Enfance Jeunesse'),
  address: requiredText(300, "L'adresse du service"),
  phone: Phone,
  email: Email,
  openingHours: requiredText(200, "Les horaires d'accueil"),
  website: z
    .url({ protocol: /^https?$/, error: 'Adresse du site invalide (ex. https://www.ville.fr).' })
    .nullable()
    .default(null),
});
export type MunicipalitySetup = z.infer<typeof MunicipalitySetup>;

/** A staff account as `npm run setup -- staff` takes it; an admin by default (the first one adds the others). */
export const StaffSetup = StaffAccountInput.extend({ role: StaffRole.default('admin') });
export type StaffSetup = z.infer<typeof StaffSetup>;
