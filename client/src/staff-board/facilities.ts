import type { Setup } from '../staff-bookings/data.ts';

export type BoardFacility = Setup['facilities'][number];
export type BoardUnit = BoardFacility['units'][number];

/** The facility asked for in the address bar, else the first one (setup lists them by name). */
export function facilityOf(setup: Setup | undefined, id: string | undefined): BoardFacility | undefined {
  const facilities = setup?.facilities ?? [];
  return facilities.find((f) => String(f.id) === id) ?? facilities[0];
}

export const facilityOptions = (setup: Setup | undefined) =>
  (setup?.facilities ?? []).map((f) => ({ value: String(f.id), label: f.name }));

/** Units in the order staff set them. */
export const unitsOf = (facility: BoardFacility | undefined): BoardUnit[] =>
  [...(facility?.units ?? [])].sort((a, b) => a.position - b.position || a.id - b.id);

/** «ALP Maternel» → «alp-maternel», for file names. */
export const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
