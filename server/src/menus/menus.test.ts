import { addDays, mondayOf, parisDate } from '@portail/shared/bookings/calendar';
import type { Allergen, MenuLabel } from '@portail/shared/menus/schema';
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingFixture } from '../../test/bookings-fixture.ts';
import { wsClient } from '../../test/http.ts';
import { startTestServer } from '../../test/server.ts';
import { LiveEventEntity } from '../live/entities.ts';
import type { AppRouter } from '../router.ts';
import type { RunningServer } from '../server.ts';

let server: RunningServer;
let fixture: Awaited<ReturnType<typeof bookingFixture>>;
let staff: ReturnType<typeof wsClient>;
let anonymous: ReturnType<typeof wsClient>;
const thisMonday = mondayOf(parisDate(new Date()));
const nextMonday = addDays(thisMonday, 7);

beforeAll(async () => {
  server = await startTestServer();
  fixture = await bookingFixture(server.orm.em.fork(), { capacity: 5, children: 0 });
  const { token } = await server.tokens.sign({
    kind: 'staff',
    staffId: fixture.staff.id,
    role: 'agent',
    sessionId: crypto.randomUUID(),
  });
  staff = wsClient(server.url, token);
  anonymous = wsClient(server.url);
});
afterAll(async () => {
  staff?.close();
  anonymous?.close();
  await server?.stop();
});

const day = (date: string, overrides: { facilityId?: number } = {}) => ({
  facilityId: fixture.facility.id,
  date,
  starter: 'Radis beurre',
  main: '  Blanquette de veau  ',
  side: 'Riz',
  dairy: '',
  dessert: 'Fraises',
  allergens: ['milk', 'celery', 'milk'] as Allergen[],
  labels: ['local'] as MenuLabel[],
  ...overrides,
});

async function appCode(promise: Promise<unknown>): Promise<string | undefined> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCClientError);
  const data = (error as TRPCClientError<AppRouter>).data as { appCode?: string } | undefined;
  return data?.appCode;
}

describe('menus', () => {
  it('saves a day as a draft, cleaned, and shows it in its week of five school days', async () => {
    const saved = await staff.trpc.menus.saveDay.mutate({
      ...day(nextMonday),
      allergens: ['milk', 'celery', 'milk'],
    });
    expect(saved).toEqual({
      date: nextMonday,
      starter: 'Radis beurre',
      main: 'Blanquette de veau',
      side: 'Riz',
      dairy: null,
      dessert: 'Fraises',
      allergens: ['milk', 'celery'],
      labels: ['local'],
      published: false,
    });
    // Saving again replaces the day: one row per kitchen and date.
    await staff.trpc.menus.saveDay.mutate({ ...day(nextMonday), dessert: 'Kiwi', allergens: ['milk'] });
    await staff.trpc.menus.saveDay.mutate({ ...day(addDays(nextMonday, 2)), labels: ['bio', 'fait_maison'] });

    const week = await staff.trpc.menus.week.query({ facilityId: fixture.facility.id, weekOf: nextMonday });
    expect(week.days.map((d) => d.date)).toEqual([0, 1, 2, 3, 4].map((i) => addDays(nextMonday, i)));
    expect(week.days.map((d) => d.menu?.dessert ?? null)).toEqual(['Kiwi', null, 'Fraises', null, null]);
    expect(week.days[0]?.menu).toMatchObject({ allergens: ['milk'], published: false });
  });

  it('deletes a day saved with nothing in it', async () => {
    const date = addDays(nextMonday, 3);
    await staff.trpc.menus.saveDay.mutate(day(date));
    const empty = {
      starter: null,
      main: '',
      side: null,
      dairy: null,
      dessert: ' ',
      allergens: [],
      labels: [],
    };
    expect(await staff.trpc.menus.saveDay.mutate({ ...day(date), ...empty })).toBeNull();
    const week = await staff.trpc.menus.week.query({ facilityId: fixture.facility.id, weekOf: nextMonday });
    expect(week.days[3]?.menu).toBeNull();
  });

  it('accepts only the 14 regulated allergens, the three labels, school days and Mondays', async () => {
    const invalid = [
      { ...day(nextMonday), allergens: ['gluten', 'arsenic'] },
      { ...day(nextMonday), labels: ['vegan'] },
      day(addDays(nextMonday, 5)),
      { ...day(nextMonday), main: 'x'.repeat(121) },
    ];
    for (const input of invalid) {
      // biome-ignore lint/suspicious/noExplicitAny: invalid on purpose
      expect(await appCode(staff.trpc.menus.saveDay.mutate(input as any))).toBe('BAD_INPUT');
    }
    expect(
      await appCode(staff.trpc.menus.week.query({ facilityId: null, weekOf: addDays(nextMonday, 1) })),
    ).toBe('BAD_INPUT');
    expect(await appCode(staff.trpc.menus.saveDay.mutate(day(nextMonday, { facilityId: 987_654 })))).toBe(
      'NOT_FOUND',
    );
  });

  it('shows families only published weeks, with French labels, and tells them when a week is published', async () => {
    const before = await anonymous.trpc.menus.current.query();
    expect(before.weeks.map((w) => w.weekOf)).toEqual([thisMonday, nextMonday]);
    expect(before.weeks[1]?.kitchens.map((k) => k.facilityId)).not.toContain(fixture.facility.id);

    const published = await staff.trpc.menus.publishWeek.mutate({
      facilityId: fixture.facility.id,
      weekOf: nextMonday,
    });
    expect(published).toEqual({ published: 2 });
    const event = await server.orm.em
      .fork()
      .findOneOrFail(LiveEventEntity, { type: 'menu.published' }, { orderBy: { id: 'desc' } });
    expect(event).toMatchObject({
      familyId: null,
      forFamilies: true,
      forStaff: true,
      payload: { type: 'menu.published', facilityId: fixture.facility.id, weekOf: nextMonday },
    });

    const after = await anonymous.trpc.menus.current.query({ weeks: 2 });
    const kitchens = after.weeks[1]?.kitchens ?? [];
    // The central kitchen (demo menus) first, then facilities by name.
    expect(kitchens[0]).toMatchObject({ facilityId: null, facilityName: 'Cuisine centrale' });
    const ours = kitchens.find((k) => k.facilityId === fixture.facility.id);
    expect(ours?.facilityName).toBe(fixture.facility.name);
    expect(ours?.days[0]).toEqual({
      date: nextMonday,
      courses: [
        { course: 'starter', label: 'Entrée', dish: 'Radis beurre' },
        { course: 'main', label: 'Plat', dish: 'Blanquette de veau' },
        { course: 'side', label: 'Accompagnement', dish: 'Riz' },
        { course: 'dessert', label: 'Dessert', dish: 'Kiwi' },
      ],
      allergens: [{ code: 'milk', label: 'Lait' }],
      labels: [{ code: 'local', label: 'Produit local' }],
    });
    expect(ours?.days[1]?.labels).toEqual([
      { code: 'bio', label: 'Bio' },
      { code: 'fait_maison', label: 'Fait maison' },
    ]);
    expect((await anonymous.trpc.menus.current.query({ weeks: 1 })).weeks).toHaveLength(1);
  });

  it('keeps an edited published day published and tells families again', async () => {
    const events = await server.orm.em.fork().count(LiveEventEntity, { type: 'menu.published' });
    const saved = await staff.trpc.menus.saveDay.mutate({ ...day(nextMonday), dessert: 'Tarte aux pommes' });
    expect(saved?.published).toBe(true);
    expect(await server.orm.em.fork().count(LiveEventEntity, { type: 'menu.published' })).toBe(events + 1);
    const current = await anonymous.trpc.menus.current.query();
    const ours = current.weeks[1]?.kitchens.find((k) => k.facilityId === fixture.facility.id);
    expect(ours?.days[0]?.courses.at(-1)?.dish).toBe('Tarte aux pommes');
  });

  it('refuses to publish a week with nothing typed', async () => {
    const empty = addDays(nextMonday, 21);
    expect(
      await appCode(staff.trpc.menus.publishWeek.mutate({ facilityId: fixture.facility.id, weekOf: empty })),
    ).toBe('NOT_FOUND');
  });

  it('lets anyone read the menus but only staff edit them', async () => {
    await expect(anonymous.trpc.menus.current.query()).resolves.toBeDefined();
    expect(await appCode(anonymous.trpc.menus.week.query({ facilityId: null, weekOf: nextMonday }))).toBe(
      'UNAUTHENTICATED',
    );
  });
});
