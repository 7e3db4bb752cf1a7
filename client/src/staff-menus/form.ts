import {
  type Allergen,
  allergens,
  type MenuCourse,
  type MenuLabel,
  type MenuWeek,
  menuCourses,
  type SaveMenuDayInput,
} from '@portail/shared/menus/schema';

/** One day of the editor: the text typed in each course, the boxes ticked. */
export type DayForm = {
  date: string;
  holiday: boolean;
  published: boolean;
  /** Saved at least once (a row exists on the server). */
  exists: boolean;
  courses: Record<MenuCourse, string>;
  allergens: Allergen[];
  labels: MenuLabel[];
  /** Changed since the last save. */
  dirty: boolean;
};

export function formOf(week: MenuWeek): DayForm[] {
  return week.days.map(({ date, holiday, menu }) => ({
    date,
    holiday,
    published: menu?.published ?? false,
    exists: menu !== null,
    courses: Object.fromEntries(menuCourses.map((c) => [c, menu?.[c] ?? ''])) as Record<MenuCourse, string>,
    allergens: menu?.allergens ?? [],
    labels: menu?.labels ?? [],
    dirty: false,
  }));
}

/** What `menus.saveDay` receives for a day: an empty course is null (the server drops a day left empty). */
export function saveInputOf(facilityId: number | null, day: DayForm): SaveMenuDayInput {
  const course = (c: MenuCourse) => day.courses[c].trim() || null;
  return {
    facilityId,
    date: day.date,
    starter: course('starter'),
    main: course('main'),
    side: course('side'),
    dairy: course('dairy'),
    dessert: course('dessert'),
    // In the regulation's order, whatever the order they were ticked in.
    allergens: [...day.allergens].sort((a, b) => allergens.indexOf(a) - allergens.indexOf(b)),
    labels: day.labels,
  };
}

export const toggled = <T>(list: readonly T[], value: T, on: boolean): T[] =>
  on ? [...new Set([...list, value])] : list.filter((v) => v !== value);
