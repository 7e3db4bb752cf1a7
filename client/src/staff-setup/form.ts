import { fieldErrorsOf } from '../trpc/errors.ts';

export type Errors = Record<string, string>;

/** A whole number typed in a field, or NaN so the schema refuses it (with the French words below). */
export const toInt = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/** «1,50» or «1.5» euros → 150 cents; NaN for anything else. */
export function toCents(text: string): number {
  const match = /^\s*(\d+)(?:[.,](\d{1,2}))?\s*$/.exec(text);
  if (!match) return Number.NaN;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}
export const fromCents = (cents: number) => (cents / 100).toFixed(2).replace('.', ',');

/** French words where the shared schemas leave zod's own (English) message, by the field's last name. */
const frenchFor: Record<string, string> = {
  name: 'Le nom est obligatoire (100 caractères au plus).',
  code: 'Le code est obligatoire (10 caractères au plus).',
  dailyCapacity: 'La capacité est un nombre entier, de 0 à 10 000.',
  daysBefore: 'Le nombre de jours est un entier, de 0 à 60.',
  priceCents: 'Le prix est un montant en euros, par exemple 1,50.',
  schoolLevels: 'Choisissez au moins un niveau.',
  startDate: 'Indiquez une date.',
  bookingOpensAt: "Indiquez la date et l'heure d'ouverture.",
  reason: 'Le motif est obligatoire (200 caractères au plus).',
};
/** The schemas' own French messages (refinements, weekdays, times) are kept. */
const isFrench = (message: string) => /[àéèêç]|Choisissez|Heure/.test(message);

export function inFrench(path: string, message: string): string {
  if (isFrench(message)) return message;
  return frenchFor[path.split('.').pop() ?? ''] ?? frenchFor[path.split('.')[0] ?? ''] ?? message;
}

/** The first message per field, from the client's own check or the server's refusal. */
export function errorsOf(issues: readonly Issue[]): Errors {
  const errors: Errors = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= inFrench(path, issue.message);
  }
  return errors;
}

export function serverErrors(error: unknown): Errors {
  return Object.fromEntries(Object.entries(fieldErrorsOf(error)).map(([p, m]) => [p, inFrench(p, m)]));
}

type Issue = { path: readonly PropertyKey[]; message: string };
type Schema<T> = {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: Issue[] } };
};

/** What the server will receive, checked first with the server's own schema. */
export function check<T>(schema: Schema<T>, value: unknown): { input?: T; errors: Errors } {
  const parsed = schema.safeParse(value);
  return parsed.success ? { input: parsed.data, errors: {} } : { errors: errorsOf(parsed.error.issues) };
}
