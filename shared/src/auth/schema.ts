import { z } from 'zod';

/** The identifier is the email, compared without case or surrounding spaces. */
export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ error: 'Adresse électronique invalide.' }));

/** Length only: the policy itself is `checkPassword`, which says what is missing in French. */
export const Password = z.string().min(1, 'Saisissez votre mot de passe.').max(256);

export const LoginInput = z.object({ email: Email, password: Password });
export type LoginInput = z.infer<typeof LoginInput>;

/** A secret from a mailed link (43 URL-safe characters). */
export const LinkToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'Lien invalide.');

export const linkPurposes = ['activation', 'password_reset', 'email_change'] as const;
export const CheckLinkInput = z.object({ purpose: z.enum(linkPurposes), token: z.string().max(100) });

export const ChoosePasswordInput = z.object({ token: LinkToken, password: Password });
export const RequestResetInput = z.object({ email: Email });
export const ConfirmEmailInput = z.object({ token: LinkToken });
