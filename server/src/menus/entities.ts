import { defineEntity, p } from '@mikro-orm/core';
import { allergens, menuLabels } from '@portail/shared/menus/schema';
import { FacilityEntity } from '../bookings/entities.ts';

/** A day's school meal, structured so that parents read it on a phone, offline. */
export const MenuDaySchema = defineEntity({
  name: 'MenuDay',
  tableName: 'menu_day',
  properties: {
    id: p.integer().primary(),
    /** Null: the central kitchen's menu, served in every facility that has none of its own that day. */
    facility: () => p.manyToOne(FacilityEntity).ref().nullable().deleteRule('cascade'),
    date: p.date(),
    starter: p.string().nullable(),
    main: p.string().nullable(),
    side: p.string().nullable(),
    dairy: p.string().nullable(),
    dessert: p.string().nullable(),
    allergens: p.enum(allergens).array().default([]),
    labels: p.enum(menuLabels).array().default([]),
    /** Staff type the week as a draft; families read only the days of a week published with `publishWeek`. */
    published: p.boolean().default(false),
  },
  uniques: [
    // NULLS NOT DISTINCT: also one common (facility-less) menu per day.
    {
      name: 'menu_day_facility_date_unique',
      expression:
        'create unique index "menu_day_facility_date_unique" on "menu_day" ("facility_id", "date") nulls not distinct',
    },
  ],
  indexes: [{ properties: ['date'] }],
});
export class MenuDayEntity extends MenuDaySchema.class {}
MenuDaySchema.setClass(MenuDayEntity);
