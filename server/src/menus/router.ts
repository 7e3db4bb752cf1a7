import { parisDate } from '@portail/shared/bookings/calendar';
import { CurrentMenusInput, MenuWeekInput, SaveMenuDayInput } from '@portail/shared/menus/schema';
import { publicProcedure, staffProcedure } from '../trpc/procedures.ts';
import { router } from '../trpc/trpc.ts';
import { publishMenuWeek, saveMenuDay } from './service.ts';
import { currentMenus, menuWeek } from './views.ts';

export const menusRouter = router({
  /** Staff's editor: a kitchen's Monday-to-Friday, drafts included. */
  week: staffProcedure.input(MenuWeekInput).query(({ ctx, input }) => menuWeek(ctx.em, input)),
  saveDay: staffProcedure.input(SaveMenuDayInput).mutation(({ ctx, input }) => saveMenuDay(ctx.em, input)),
  publishWeek: staffProcedure.input(MenuWeekInput).mutation(async ({ ctx, input }) => {
    const published = await publishMenuWeek(ctx.em, input);
    ctx.log.info({ ...input, staffId: ctx.staff.staffId, days: published.published }, 'menus publiés');
    return published;
  }),
  /**
   * « Menus de la semaine », this week and the next by default. Public: guide §1 offers the school menus
   * for download before sign-in, and a parent-to-be or a grandparent reads them too; the page caches them
   * for offline reading whether or not anyone is signed in.
   */
  current: publicProcedure
    .input(CurrentMenusInput)
    .query(({ ctx, input }) => currentMenus(ctx.em, parisDate(new Date()), input?.weeks ?? 2)),
});
