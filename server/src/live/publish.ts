import type { EntityManager } from '@mikro-orm/postgresql';
import type { LiveEvent } from '@portail/shared/live/events';
import { LiveEventEntity } from './entities.ts';

export type Audience = { familyId?: number | null; families?: boolean; staff?: boolean };

/** Public news (documents, menus): every signed-in guardian and the service's staff. */
export const everyone: Audience = { families: true, staff: true };

/**
 * Adds an event to `em`'s unit of work: it is committed with the change or not at all. Instances learn of it
 * after commit (the writer's `notifyLive`, or their own polling if that notification is lost).
 */
export function publish(em: EntityManager, audience: Audience, event: LiveEvent): void {
  em.create(LiveEventEntity, {
    familyId: audience.familyId ?? null,
    forStaff: audience.staff ?? false,
    forFamilies: audience.families ?? false,
    type: event.type,
    payload: event,
  });
}
