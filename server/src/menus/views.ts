import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays, isPublicHoliday, mondayOf } from '@portail/shared/bookings/calendar';
import {
  allergenLabels,
  type CurrentMenus,
  centralKitchenName,
  type MenuDayView,
  type MenuWeek,
  type MenuWeekInput,
  menuCourseLabels,
  menuCourses,
  menuLabelLabels,
  type PublishedMenuDay,
} from '@portail/shared/menus/schema';
import { MenuDayEntity } from './entities.ts';

export const SCHOOL_DAYS = 5;

export const toMenuDayView = (m: MenuDayEntity): MenuDayView => ({
  date: m.date,
  starter: m.starter ?? null,
  main: m.main ?? null,
  side: m.side ?? null,
  dairy: m.dairy ?? null,
  dessert: m.dessert ?? null,
  allergens: m.allergens,
  labels: m.labels,
  published: m.published,
});

/** A kitchen's week as staff edit it: Monday to Friday, drafts and published days alike. */
export async function menuWeek(em: EntityManager, input: MenuWeekInput): Promise<MenuWeek> {
  const friday = addDays(input.weekOf, SCHOOL_DAYS - 1);
  const rows = await em.find(MenuDayEntity, {
    facility: input.facilityId,
    date: { $gte: input.weekOf, $lte: friday },
  });
  const byDate = new Map(rows.map((m) => [m.date, m]));
  return {
    facilityId: input.facilityId,
    weekOf: input.weekOf,
    days: Array.from({ length: SCHOOL_DAYS }, (_, i) => {
      const date = addDays(input.weekOf, i);
      const menu = byDate.get(date);
      return { date, holiday: isPublicHoliday(date), menu: menu ? toMenuDayView(menu) : null };
    }),
  };
}

const toPublished = (m: MenuDayEntity): PublishedMenuDay => ({
  date: m.date,
  courses: menuCourses.flatMap((course) => {
    const dish = m[course];
    return dish ? [{ course, label: menuCourseLabels[course], dish }] : [];
  }),
  allergens: m.allergens.map((code) => ({ code, label: allergenLabels[code] })),
  labels: m.labels.map((code) => ({ code, label: menuLabelLabels[code] })),
});

type Kitchen = CurrentMenus['weeks'][number]['kitchens'][number];

/**
 * « Menus de la semaine »: the published days from this week's Monday, `weeks` weeks long, per kitchen
 * (the central kitchen first, then facilities by name). Public, like the menus of guide §1.
 */
export async function currentMenus(em: EntityManager, today: string, weeks: number): Promise<CurrentMenus> {
  const from = mondayOf(today);
  const rows = await em.find(
    MenuDayEntity,
    { published: true, date: { $gte: from, $lte: addDays(from, weeks * 7 - 1) } },
    { populate: ['facility'], orderBy: { date: 'asc' } },
  );
  const result: CurrentMenus = {
    weeks: Array.from({ length: weeks }, (_, i) => ({ weekOf: addDays(from, i * 7), kitchens: [] })),
  };
  const kitchens = new Map<string, Kitchen>();
  for (const m of rows) {
    const facility = m.facility?.getEntity();
    if (facility && !facility.active) continue;
    const weekOf = mondayOf(m.date);
    const key = `${weekOf}/${facility?.id ?? 'central'}`;
    let kitchen = kitchens.get(key);
    if (!kitchen) {
      kitchen = {
        facilityId: facility?.id ?? null,
        facilityName: facility?.name ?? centralKitchenName,
        days: [],
      };
      kitchens.set(key, kitchen);
      result.weeks.find((w) => w.weekOf === weekOf)?.kitchens.push(kitchen);
    }
    kitchen.days.push(toPublished(m));
  }
  for (const week of result.weeks) {
    week.kitchens.sort(
      (a, b) =>
        Number(a.facilityId !== null) - Number(b.facilityId !== null) ||
        a.facilityName.localeCompare(b.facilityName, 'fr'),
    );
  }
  return result;
}
