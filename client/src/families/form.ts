import type { SchoolLevel } from '@portail/shared/bookings/schema';
import { FamilyInput } from '@portail/shared/families/schema';
import type { RouterOutputs } from '../trpc/types.ts';

export type FamilyDetail = RouterOutputs['families']['get'];

/** A row of the form; `key` follows it while rows are added and removed. Saved rows keep their id. */
export type GuardianRow = {
  key: string;
  id?: number;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  address: string;
  activatedAt?: string | null;
};
export type ChildRow = {
  key: string;
  id?: number;
  firstName: string;
  lastName: string;
  birthDate: string;
  schoolLevel: SchoolLevel | '';
  className: string;
};
export type FamilyForm = {
  quotientFamilial: string;
  addressLine1: string;
  addressLine2: string;
  postalCode: string;
  city: string;
  guardians: GuardianRow[];
  children: ChildRow[];
};

let rows = 0;
const newKey = () => `nouveau-${++rows}`;

export const emptyGuardian = (): GuardianRow => ({
  key: newKey(),
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  address: '',
});
export const emptyChild = (): ChildRow => ({
  key: newKey(),
  firstName: '',
  lastName: '',
  birthDate: '',
  schoolLevel: '',
  className: '',
});
export const emptyFamily = (): FamilyForm => ({
  quotientFamilial: '',
  addressLine1: '',
  addressLine2: '',
  postalCode: '',
  city: '',
  guardians: [emptyGuardian()],
  children: [],
});

export function formOf(detail: FamilyDetail): FamilyForm {
  return {
    quotientFamilial: detail.quotientFamilial === null ? '' : String(detail.quotientFamilial),
    addressLine1: detail.addressLine1,
    addressLine2: detail.addressLine2 ?? '',
    postalCode: detail.postalCode,
    city: detail.city,
    guardians: detail.guardians.map((g) => ({
      ...g,
      key: `g${g.id}`,
      phone: g.phone ?? '',
      address: g.address ?? '',
    })),
    children: detail.children.map((c) => ({ ...c, key: `c${c.id}`, className: c.className ?? '' })),
  };
}

/** The field's id for an error path: «guardians.0.email» → «ff-guardians-0-email». */
export const fieldId = (path: string) => `ff-${path.replaceAll('.', '-')}`;

/** French words where the shared schema leaves zod's own (English) message. */
const frenchFor: Record<string, string> = {
  quotientFamilial: 'Le quotient familial est un nombre entier, de 0 à 100 000.',
  schoolLevel: 'Choisissez le niveau scolaire.',
};
export function inFrench(path: string, message: string): string {
  return frenchFor[path.split('.').pop() ?? ''] ?? message;
}

/** What the server will receive, checked first with the server's own schema. */
export function validate(form: FamilyForm): { input?: FamilyInput; errors: Record<string, string> } {
  const qf = form.quotientFamilial.trim();
  const parsed = FamilyInput.safeParse({
    quotientFamilial: qf === '' ? null : /^\d+$/.test(qf) ? Number(qf) : Number.NaN,
    addressLine1: form.addressLine1,
    addressLine2: form.addressLine2,
    postalCode: form.postalCode,
    city: form.city,
    guardians: form.guardians.map(({ key: _, activatedAt: __, ...g }) => ({
      ...g,
      phone: g.phone.trim() || null,
    })),
    children: form.children.map(({ key: _, ...c }) => c),
  });
  if (parsed.success) return { input: parsed.data, errors: {} };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= inFrench(path, issue.message);
  }
  return { errors };
}
