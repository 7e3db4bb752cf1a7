/**
 * Password policy after the CNIL's 2022 recommendation (délibération n° 2022-100) for an account protected
 * by throttling: either at least 12 characters mixing upper case, lower case, digits and special characters,
 * or a passphrase of at least 20 characters made of at least 4 words. The same function gives the client
 * its live strength meter and the server its verdict.
 */
export type PasswordStrength = 0 | 1 | 2 | 3 | 4;

export type PasswordVerdict = {
  acceptable: boolean;
  strength: PasswordStrength;
  /** What is still missing, in French, for the parent to read under the field. */
  missing: string[];
};

export const PASSWORD_MIN_LENGTH = 12;
export const PASSPHRASE_MIN_LENGTH = 20;
const PASSPHRASE_MIN_WORDS = 4;
const MAX_LENGTH = 256;

const classes = [
  { test: /[a-z]/, pool: 26, label: 'une minuscule' },
  { test: /[A-Z]/, pool: 26, label: 'une majuscule' },
  { test: /[0-9]/, pool: 10, label: 'un chiffre' },
  { test: /[^a-zA-Z0-9]/, pool: 33, label: 'un caractère spécial' },
] as const;

export const strengthLabels: Record<PasswordStrength, string> = {
  0: 'Très faible',
  1: 'Faible',
  2: 'Moyen',
  3: 'Bon',
  4: 'Très bon',
};

export function checkPassword(password: string, personal: string[] = []): PasswordVerdict {
  const present = classes.filter((c) => c.test.test(password));
  const pool = present.reduce((sum, c) => sum + c.pool, 0);
  const bits = password.length * Math.log2(Math.max(pool, 1));
  const words = password.split(/[\s\-_.]+/).filter((w) => w.length >= 2);
  const isPassphrase = password.length >= PASSPHRASE_MIN_LENGTH && words.length >= PASSPHRASE_MIN_WORDS;
  const isComplex = password.length >= PASSWORD_MIN_LENGTH && present.length === classes.length;
  const lower = password.toLowerCase();
  const personalHit = personal
    .map((p) => p.toLowerCase().trim())
    .some((p) => p.length >= 3 && lower.includes(p));

  const missing: string[] = [];
  if (password.length > MAX_LENGTH) missing.push(`au plus ${MAX_LENGTH} caractères`);
  if (personalHit) missing.push('ne pas contenir votre nom ou votre adresse e-mail');
  if (!isComplex && !isPassphrase) {
    if (password.length < PASSWORD_MIN_LENGTH) missing.push(`au moins ${PASSWORD_MIN_LENGTH} caractères`);
    for (const c of classes) if (!c.test.test(password)) missing.push(c.label);
  }
  const acceptable = missing.length === 0;
  return { acceptable, strength: strengthOf(bits, acceptable), missing };
}

function strengthOf(bits: number, acceptable: boolean): PasswordStrength {
  if (bits < 30) return 0;
  if (bits < 50) return 1;
  if (!acceptable || bits < 65) return 2;
  return bits < 90 ? 3 : 4;
}

/** The phrase under the field, e.g. « Il manque : au moins 12 caractères, un chiffre. » */
export function describeMissing(verdict: PasswordVerdict): string {
  return verdict.missing.length === 0
    ? 'Mot de passe conforme.'
    : `Il manque : ${verdict.missing.join(', ')}.`;
}
