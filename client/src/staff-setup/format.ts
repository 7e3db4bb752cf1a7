import { parisDate } from '@portail/shared/bookings/calendar';
import type { Deadline } from '@portail/shared/bookings/planning';
import { type SchoolLevel, schoolLevelLabels } from '@portail/shared/bookings/schema';
import type { RouterOutputs } from '../trpc/types.ts';

export type Setup = RouterOutputs['setup']['get'];
export type Facility = Setup['facilities'][number];
export type Unit = Facility['units'][number];
export type Period = Facility['periods'][number];
export type Closure = Setup['closures'][number];

/** ISO weekday 1 (Monday) to 7, as the unit and period schemas count them. */
export const weekdayNames = ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'] as const;
export const weekdayFullNames = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

export const formatWeekdays = (days: readonly number[]) =>
  [...days]
    .sort((a, b) => a - b)
    .map((d) => weekdayNames[d - 1])
    .join(', ');

export const formatLevels = (levels: readonly SchoolLevel[]) =>
  levels.map((l) => schoolLevelLabels[l]).join(', ');

const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
/** «1,50 €» for 150 cents. */
export const formatPrice = (cents: number) => euros.format(cents / 100);

/** «J−2 à 12:00» («J» alone on the day itself), as the guide words the processing delays. */
export const formatDeadline = (d: Deadline) =>
  `${d.daysBefore === 0 ? 'J' : `J−${d.daysBefore}`} à ${d.time}`;

/** «acceptée jusqu'à J−2 à 12:00, demande jusqu'à J−1 à 09:00». */
export const formatRule = (accept: Deadline, request: Deadline) =>
  `acceptée jusqu'à ${formatDeadline(accept)}, demande jusqu'à ${formatDeadline(request)}`;

const parisTime = new Intl.DateTimeFormat('fr-FR', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/Paris',
});

/** An instant as the date and the time the clocks in Paris show, for a date and a time input. */
export function parisParts(iso: string): { date: string; time: string } {
  const instant = new Date(iso);
  return { date: parisDate(instant), time: parisTime.format(instant) };
}
