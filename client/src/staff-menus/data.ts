import type { MenuWeekInput, SaveMenuDayInput } from '@portail/shared/menus/schema';
import { read, trpc } from '../trpc/client.ts';
import { createSourcedQuery } from '../trpc/query.ts';

/** A kitchen's week as staff edit it (drafts included); none while `input` is undefined. */
export const createMenuWeek = (input: () => MenuWeekInput | undefined) =>
  createSourcedQuery(input, (i) => read((options) => trpc.menus.week.query(i, options)));

export const saveMenuDay = (input: SaveMenuDayInput) => trpc.menus.saveDay.mutate(input);

export const publishMenuWeek = (input: MenuWeekInput) => trpc.menus.publishWeek.mutate(input);
