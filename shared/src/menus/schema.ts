import { z } from 'zod';
import { isoWeekday } from '../bookings/calendar.ts';

/** The 14 allergens whose presence must be declared (EU regulation 1169/2011, annex II). */
export const allergens = [
  'gluten',
  'crustaceans',
  'eggs',
  'fish',
  'peanuts',
  'soy',
  'milk',
  'nuts',
  'celery',
  'mustard',
  'sesame',
  'sulphites',
  'lupin',
  'molluscs',
] as const;
export const Allergen = z.enum(allergens);
export type Allergen = z.infer<typeof Allergen>;

export const allergenLabels: Record<Allergen, string> = {
  gluten: 'Gluten',
  crustaceans: 'Crustacés',
  eggs: 'Œufs',
  fish: 'Poissons',
  peanuts: 'Arachides',
  soy: 'Soja',
  milk: 'Lait',
  nuts: 'Fruits à coque',
  celery: 'Céleri',
  mustard: 'Moutarde',
  sesame: 'Sésame',
  sulphites: 'Sulfites',
  lupin: 'Lupin',
  molluscs: 'Mollusques',
};

export const menuLabels = ['bio', 'local', 'fait_maison'] as const;
export const MenuLabel = z.enum(menuLabels);
export type MenuLabel = z.infer<typeof MenuLabel>;

export const menuLabelLabels: Record<MenuLabel, string> = {
  bio: 'Bio',
  local: 'Produit local',
  fait_maison: 'Fait maison',
};

/** The courses of a school meal, in serving order, with the words parents read. */
export const menuCourses = ['starter', 'main', 'side', 'dairy', 'dessert'] as const;
export type MenuCourse = (typeof menuCourses)[number];

export const menuCourseLabels: Record<MenuCourse, string> = {
  starter: 'Entrée',
  main: 'Plat',
  side: 'Accompagnement',
  dairy: 'Produit laitier',
  dessert: 'Dessert',
};

/** How parents read a facility-less menu: the central kitchen cooks for every school that has none of its own. */
export const centralKitchenName = 'Cuisine centrale';

const Dish = z
  .string()
  .trim()
  .max(120, 'Un plat ne doit pas dépasser 120 caractères.')
  .nullable()
  .transform((dish) => dish || null);
const FacilityId = z.number().int().positive().nullable();
const Monday = z.iso
  .date('Indiquez une date valide.')
  .refine((date) => isoWeekday(date) === 1, 'Une semaine de menus commence un lundi.');
const SchoolDay = z.iso
  .date('Indiquez une date valide.')
  .refine((date) => isoWeekday(date) <= 5, 'Les menus se saisissent du lundi au vendredi.');
const unique = <T>(values: T[]) => [...new Set(values)];

/** A kitchen's week (null: the central kitchen), from its Monday. */
export const MenuWeekInput = z.object({ facilityId: FacilityId, weekOf: Monday });
export type MenuWeekInput = z.infer<typeof MenuWeekInput>;

/** A day's menu as staff type it; a day with nothing left in it is deleted. */
export const SaveMenuDayInput = z.object({
  facilityId: FacilityId,
  date: SchoolDay,
  starter: Dish,
  main: Dish,
  side: Dish,
  dairy: Dish,
  dessert: Dish,
  allergens: z
    .array(Allergen, { error: 'Choisissez parmi les 14 allergènes réglementaires.' })
    .transform(unique),
  labels: z
    .array(MenuLabel, { error: 'Choisissez parmi : bio, produit local, fait maison.' })
    .transform(unique),
});
export type SaveMenuDayInput = z.infer<typeof SaveMenuDayInput>;

export const CurrentMenusInput = z.object({ weeks: z.number().int().min(1).max(4).optional() }).optional();

/** A day of a kitchen's week as staff edit it. */
export type MenuDayView = {
  date: string;
  starter: string | null;
  main: string | null;
  side: string | null;
  dairy: string | null;
  dessert: string | null;
  allergens: Allergen[];
  labels: MenuLabel[];
  published: boolean;
};

export type MenuWeek = {
  facilityId: number | null;
  weekOf: string;
  /** Monday to Friday; `menu` null where nothing is typed yet. */
  days: { date: string; holiday: boolean; menu: MenuDayView | null }[];
};

/** A published day as parents read it, with the words to show, so that a cached copy reads offline. */
export type PublishedMenuDay = {
  date: string;
  courses: { course: MenuCourse; label: string; dish: string }[];
  allergens: { code: Allergen; label: string }[];
  labels: { code: MenuLabel; label: string }[];
};

/** « Menus de la semaine »: from this week's Monday, week by week, each kitchen that published its menus. */
export type CurrentMenus = {
  weeks: {
    weekOf: string;
    kitchens: { facilityId: number | null; facilityName: string; days: PublishedMenuDay[] }[];
  }[];
};
