import type { EntityManager } from '@mikro-orm/postgresql';
import type { LiveEvent } from '@portail/shared/live/events';
import { LiveEventEntity } from './entities.ts';

export type Audience = { familyId?: number | null; staff?: boolean };

/**
 * Adds an event to `em`'s unit of work: it is committed with the change or not at all. Instances learn of it
 * after commit (the writer's `notifyLive`, or their own polling if that notification is lost).
 */
export function publish(em: EntityManager, audience: Audience, event: LiveEvent): void {
  em.create(LiveEventEntity, {
    familyId: audience.familyId ?? null,
    forStaff: audience.staff ?? false,
    type: event.type,
    payload: event,
  });
}
