import { defineEntity, p } from '@mikro-orm/core';
import type { LiveEvent } from '@portail/shared/live/events';

/**
 * The events outbox: written in the transaction of the change it describes, read by every instance after
 * commit and pushed to the sockets whose audience matches (one family or every family, and/or the service's
 * staff).
 */
export const LiveEventSchema = defineEntity({
  name: 'LiveEvent',
  tableName: 'live_event',
  properties: {
    id: p.bigint().primary().autoincrement(),
    familyId: p.integer().nullable(),
    forStaff: p.boolean(),
    /** News for every family (a document, a week's menus): no row per family, every guardian matches. */
    forFamilies: p.boolean().default(false),
    type: p.string(),
    payload: p.json<LiveEvent>(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ properties: ['familyId', 'id'] }, { properties: ['createdAt'] }],
});
export class LiveEventEntity extends LiveEventSchema.class {}
LiveEventSchema.setClass(LiveEventEntity);
