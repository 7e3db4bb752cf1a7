import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays, isoWeekday, isPublicHoliday, mondayOf } from '@portail/shared/bookings/calendar';
import type { Allergen, MenuLabel } from '@portail/shared/menus/schema';
import { MenuDayEntity } from '../menus/entities.ts';
import type { DemoOffer } from './facilities.ts';

type Menu = [starter: string, main: string, side: string, dairy: string, dessert: string];
type DemoMenu = { courses: Menu; allergens: Allergen[]; labels: MenuLabel[] };

const menus: DemoMenu[] = [
  {
    courses: ['Carottes râpées vinaigrette', 'Poulet rôti', 'Haricots verts', 'Yaourt nature', 'Pomme'],
    allergens: ['mustard', 'milk'],
    labels: ['bio', 'local'],
  },
  {
    courses: [
      'Potage de légumes',
      'Lasagnes à la bolognaise',
      'Salade verte',
      'Emmental',
      'Compote de poires',
    ],
    allergens: ['celery', 'gluten', 'eggs', 'milk'],
    labels: ['fait_maison'],
  },
  {
    courses: [
      'Betteraves en salade',
      'Filet de colin sauce citron',
      'Riz pilaf',
      'Fromage blanc',
      'Clémentine',
    ],
    allergens: ['fish', 'milk'],
    labels: [],
  },
  {
    courses: ['Salade de lentilles', 'Omelette', 'Épinards à la crème', 'Camembert', 'Gâteau au chocolat'],
    allergens: ['mustard', 'eggs', 'milk', 'gluten'],
    labels: ['bio', 'fait_maison'],
  },
  {
    courses: ['Concombre à la crème', 'Sauté de bœuf aux olives', 'Semoule', 'Petit-suisse', 'Poire'],
    allergens: ['milk', 'gluten'],
    labels: ['local'],
  },
  {
    courses: ['Velouté de potiron', 'Dhal de lentilles corail', 'Riz basmati', 'Comté', 'Banane'],
    allergens: ['celery', 'milk'],
    labels: ['bio'],
  },
  {
    courses: ['Céleri rémoulade', 'Paella aux fruits de mer', 'Poêlée de légumes', 'Tomme', 'Orange'],
    allergens: ['celery', 'mustard', 'eggs', 'crustaceans', 'molluscs', 'fish', 'milk'],
    labels: [],
  },
  {
    courses: ['Œuf dur mayonnaise', 'Hachis parmentier', 'Salade verte', 'Saint-Paulin', 'Tarte aux pommes'],
    allergens: ['eggs', 'mustard', 'milk', 'gluten'],
    labels: ['fait_maison', 'local'],
  },
];
const wednesdayMenu: DemoMenu = {
  courses: ['Melon', 'Pizza au fromage', 'Salade verte', 'Yaourt à boire', 'Cookie aux noisettes'],
  allergens: ['gluten', 'milk', 'eggs', 'nuts'],
  labels: ['fait_maison'],
};

/**
 * This week's and next week's school meals: one central-kitchen menu on school days, and the ALE's own on
 * Wednesdays, when only it serves lunch.
 */
export async function seedMenus(em: EntityManager, offer: DemoOffer, today: string): Promise<void> {
  const monday = mondayOf(today);
  let served = 0;
  for (let day = 0; day < 12; day++) {
    const date = addDays(monday, day);
    const weekday = isoWeekday(date);
    if (weekday > 5 || isPublicHoliday(date)) continue;
    const wednesday = weekday === 3;
    const menu = wednesday ? wednesdayMenu : (menus[served++ % menus.length] as DemoMenu);
    const [starter, main, side, dairy, dessert] = menu.courses;
    em.create(MenuDayEntity, {
      facility: wednesday ? offer.ale.facility : null,
      date,
      starter,
      main,
      side,
      dairy,
      dessert,
      allergens: menu.allergens,
      labels: menu.labels,
      published: true,
    });
  }
  await em.flush();
}
