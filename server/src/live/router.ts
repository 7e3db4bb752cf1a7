import { z } from 'zod';
import { signedInSubscription } from '../trpc/procedures.ts';
import { router } from '../trpc/trpc.ts';
import type { LiveAudience } from './bus.ts';
import { liveEvents } from './subscribe.ts';

/** One stream per signed-in tab: a guardian receives their family's events, staff the service's. */
export const liveRouter = router({
  events: signedInSubscription
    .input(
      z.object({
        lastEventId: z
          .string()
          .regex(/^\d{1,18}$/)
          .nullish(),
      }),
    )
    .subscription(({ ctx, input, signal }) => {
      const audience: LiveAudience =
        ctx.principal.kind === 'guardian' ? { familyId: ctx.principal.familyId } : { staff: true };
      return liveEvents({
        bus: ctx.bus,
        orm: ctx.orm,
        audience,
        lastEventId: input.lastEventId,
        signal,
        socket: ctx.socket,
      });
    }),
});
