import { z } from 'zod';

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
