import type { APIRequestContext, Page, TestInfo } from '@playwright/test';
import { signIn, trpc } from './accounts-api.ts';

/**
 * A facility of the test's own, so that tests running at once (and the desktop and phone projects) never
 * meet in the shared e2e database: open next week with two units,
 *  - «Atelier», whose accept deadline is 60 days before the day: a booking is always a request for staff
 *    (the demo's own deadlines would make that depend on the weekday and hour the tests run);
 *  - «Garderie», accepted at once until the day itself, with one place (a booking fills it) and a meal.
 * It is made by the demo agent (an admin) through the setup API.
 */
export type Place = {
  name: string;
  slug: string;
  facilityId: number;
  periodId: number;
  units: { atelier: number; garderie: number };
  /** Next week's Monday and Tuesday. */
  monday: string;
  tuesday: string;
};

const DAY_MS = 86_400_000;
const parisToday = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const isoWeekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
const weekdays = ['lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim'];
/** «lun. 07/12», as the grid and the notices write a day. */
export const shortDay = (date: string) =>
  `${weekdays[isoWeekday(date) - 1]}. ${date.slice(8, 10)}/${date.slice(5, 7)}`;
export const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const deadline = (daysBefore: number) => ({ daysBefore, time: '00:00' });

/** The test's own facility (see above), named «<label> <tag> <project> <random>». */
export async function createPlace(
  request: APIRequestContext,
  staff: string,
  info: TestInfo,
  options: { label: string; tag: string; bookingClosesAt?: string },
): Promise<Place> {
  const suffix = Math.random().toString(36).slice(2, 6);
  const name = `${options.label} ${options.tag} ${info.project.name} ${suffix}`;
  const today = parisToday();
  const monday = addDays(today, 8 - isoWeekday(today));
  const { id: facilityId } = await trpc<{ id: number }>(request, 'setup.saveFacility', 'mutation', {
    token: staff,
    input: { name, kind: 'ale', schoolLevels: ['maternelle', 'elementaire'], active: true },
  });
  const unit = (fields: Record<string, unknown>) =>
    trpc<{ id: number }>(request, 'setup.saveUnit', 'mutation', {
      token: staff,
      input: { facilityId, weekdays: [1, 2, 3, 4, 5], priceCents: 500, ...fields },
    });
  const atelier = await unit({
    name: 'Atelier',
    code: 'ATL',
    startTime: '09:00',
    endTime: '12:00',
    dailyCapacity: 10,
    bookAcceptUntil: deadline(60),
    bookRequestUntil: deadline(0),
    cancelAcceptUntil: deadline(60),
    cancelRequestUntil: deadline(0),
    includesMeal: false,
    position: 0,
  });
  const garderie = await unit({
    name: 'Garderie',
    code: 'GAR',
    startTime: '13:30',
    endTime: '17:30',
    dailyCapacity: 1,
    bookAcceptUntil: deadline(0),
    bookRequestUntil: deadline(0),
    cancelAcceptUntil: deadline(0),
    cancelRequestUntil: deadline(0),
    includesMeal: true,
    position: 1,
  });
  const { id: periodId } = await trpc<{ id: number }>(request, 'setup.savePeriod', 'mutation', {
    token: staff,
    input: {
      facilityId,
      name: 'Semaine d’essai',
      startDate: monday,
      endDate: addDays(monday, 4),
      weekdays: [1, 2, 3, 4, 5],
      schoolLevels: ['maternelle', 'elementaire'],
      bookingOpensAt: new Date(Date.now() - DAY_MS).toISOString(),
      bookingClosesAt: options.bookingClosesAt ?? `${addDays(monday, 4)}T18:00:00Z`,
    },
  });
  return {
    name,
    slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    facilityId,
    periodId,
    units: { atelier: atelier.id, garderie: garderie.id },
    monday,
    tuesday: addDays(monday, 1),
  };
}

/** A planning cell by its accessible name, «lun. 07/12 – Atelier : Disponible». */
export const cell = (page: Page, unit: string, date: string) =>
  page
    .getByRole('main')
    .getByRole('button', { name: new RegExp(`^${literally(shortDay(date))} – ${unit} : `) });

/** The guardian's booking of `lines` in the place, through the API, where a test is about what follows. */
export async function bookByApi(
  request: APIRequestContext,
  guardian: { email: string; password: string },
  place: Place,
  lines: { unitId: number; date: string }[],
) {
  const token = await signIn(request, guardian.email, guardian.password);
  const [child] = await trpc<{ id: number }[]>(request, 'bookings.children', 'query', { token });
  await trpc(request, 'bookings.submit', 'mutation', {
    token,
    input: {
      clientMutationId: crypto.randomUUID(),
      childId: child?.id,
      periodId: place.periodId,
      lines: lines.map((l) => ({ ...l, action: 'book' })),
    },
  });
}
