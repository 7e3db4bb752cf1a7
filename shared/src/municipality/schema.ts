import { z } from 'zod';
import { Email } from '../auth/schema.ts';
import { Phone, requiredText } from '../families/schema.ts';

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

/** The card as an admin fills it in («Paramétrage», or `npm run setup -- municipality`). */
export const MunicipalityInput = z.object({
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
export type MunicipalityInput = z.infer<typeof MunicipalityInput>;
