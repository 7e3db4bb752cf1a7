import type { Allergen, MenuLabel } from '@portail/shared/menus/schema';

const dayFormat = new Intl.DateTimeFormat('fr-FR', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});
const shortFormat = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', timeZone: 'UTC' });

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** «Lundi 9 mars» for «2026-03-09» (a calendar date: the same day everywhere). */
export const dayTitle = (date: string) => capitalised(dayFormat.format(new Date(`${date}T00:00:00Z`)));

/** «du lundi 9 au vendredi 13 mars». */
export function weekRange(monday: string, friday: string): string {
  const from = dayFormat.format(new Date(`${monday}T00:00:00Z`));
  const to = dayFormat.format(new Date(`${friday}T00:00:00Z`));
  const sameMonth = monday.slice(0, 7) === friday.slice(0, 7);
  return `du ${sameMonth ? from.replace(/ \S+$/, '') : from} au ${to}`;
}

/** «9 mars», for short mentions. */
export const shortDay = (date: string) => shortFormat.format(new Date(`${date}T00:00:00Z`));

/**
 * A short mark per allergen, beside its name: quick to spot on a phone in a long week. The name is always
 * written out; the mark is decoration for screen readers.
 */
export const allergenMarks: Record<Allergen, string> = {
  gluten: 'GLU',
  crustaceans: 'CRU',
  eggs: 'ŒUF',
  fish: 'POI',
  peanuts: 'ARA',
  soy: 'SOJ',
  milk: 'LAI',
  nuts: 'FRC',
  celery: 'CEL',
  mustard: 'MOU',
  sesame: 'SES',
  sulphites: 'SUL',
  lupin: 'LUP',
  molluscs: 'MOL',
};

export const labelMarks: Record<MenuLabel, string> = { bio: 'AB', local: 'LOC', fait_maison: 'FM' };
