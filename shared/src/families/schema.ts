import { z } from 'zod';
import { Email } from '../auth/schema.ts';
import { SchoolLevel } from '../bookings/schema.ts';

/** A required text, trimmed, with the French messages a form or a command prints. */
export const requiredText = (max: number, what: string) =>
  z.string().trim().min(1, `${what} est obligatoire.`).max(max, `${what} : ${max} caractères au plus.`);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s === '' ? null : s))
    .nullable();

/** French phone numbers as typed (spaces, dots, +33). */
export const Phone = z
  .string()
  .trim()
  .regex(/^(\+33\s?|0)[1-9]([\s.-]?\d{2}){4}$/, 'Numéro de téléphone invalide (ex. 06 12 34 56 78).');

export const IsoDate = z.iso.date({ error: 'Date invalide.' });

export const GuardianInput = z.object({
  id: z.number().int().positive().optional(),
  firstName: requiredText(100, 'Le prénom'),
  lastName: requiredText(100, 'Le nom'),
  email: Email,
  phone: Phone.nullable(),
  address: optionalText(300),
});
export type GuardianInput = z.infer<typeof GuardianInput>;

export const ChildInput = z.object({
  id: z.number().int().positive().optional(),
  firstName: requiredText(100, 'Le prénom'),
  lastName: requiredText(100, 'Le nom'),
  birthDate: IsoDate,
  schoolLevel: SchoolLevel,
  className: optionalText(50),
});
export type ChildInput = z.infer<typeof ChildInput>;

export const FamilyInput = z.object({
  quotientFamilial: z.number().int().min(0).max(100_000).nullable(),
  addressLine1: requiredText(200, "L'adresse"),
  addressLine2: optionalText(200),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{5}$/, 'Code postal invalide (5 chiffres).'),
  city: requiredText(100, 'La commune'),
  guardians: z.array(GuardianInput).min(1, 'Ajoutez au moins un responsable légal.').max(6),
  children: z.array(ChildInput).max(12),
});
export type FamilyInput = z.infer<typeof FamilyInput>;

export const FamilyId = z.object({ familyId: z.number().int().positive() });
export const UpdateFamilyInput = FamilyInput.extend({ familyId: z.number().int().positive() });
export const SearchFamiliesInput = z.object({ query: z.string().trim().max(100).default('') });
export const GuardianId = z.object({ guardianId: z.number().int().positive() });

/** «Mon compte» */
export const ChangePasswordInput = z.object({
  currentPassword: z.string().min(1, 'Saisissez votre mot de passe actuel.').max(256),
  newPassword: z.string().min(1).max(256),
});
export const ChangeEmailInput = z.object({
  newEmail: Email,
  password: z.string().min(1, 'Saisissez votre mot de passe.').max(256),
});
export const ChangePhoneInput = z.object({ phone: Phone.nullable() });
