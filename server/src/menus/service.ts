import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays, mondayOf } from '@portail/shared/bookings/calendar';
import {
  type MenuDayView,
  type MenuWeekInput,
  menuCourses,
  type SaveMenuDayInput,
} from '@portail/shared/menus/schema';
import { FacilityEntity } from '../bookings/entities.ts';
import { everyone, publish } from '../live/publish.ts';
import { AppError } from '../trpc/errors.ts';
import { MenuDayEntity } from './entities.ts';
import { SCHOOL_DAYS, toMenuDayView } from './views.ts';

async function checkFacility(em: EntityManager, facilityId: number | null): Promise<void> {
  if (facilityId === null) return;
  if (!(await em.count(FacilityEntity, { id: facilityId }))) {
    throw new AppError('NOT_FOUND', { userMessage: "Cet établissement n'existe pas." });
  }
}

/**
 * Writes a kitchen's day (creates or replaces it); a day left with nothing in it is deleted. A new day is a
 * draft. Changing a day families already read takes effect at once and tells them, like a new publication.
 * Returns the day as saved, or null when deleted.
 */
export async function saveMenuDay(em: EntityManager, input: SaveMenuDayInput): Promise<MenuDayView | null> {
  const { facilityId, date, allergens, labels } = input;
  const empty = menuCourses.every((c) => input[c] === null) && allergens.length + labels.length === 0;
  try {
    return await em.transactional(async (tx) => {
      await checkFacility(tx, facilityId);
      const existing = await tx.findOne(MenuDayEntity, { facility: facilityId, date });
      if (existing?.published) {
        publish(tx, everyone, { type: 'menu.published', facilityId, weekOf: mondayOf(date) });
      }
      const courses = Object.fromEntries(menuCourses.map((c) => [c, input[c]]));
      if (empty) {
        if (existing) tx.remove(existing);
        return null;
      }
      if (existing) {
        tx.assign(existing, { ...courses, allergens, labels });
        return toMenuDayView(existing);
      }
      const created = tx.create(MenuDayEntity, {
        facility: facilityId,
        date,
        ...courses,
        allergens,
        labels,
        published: false,
      });
      return toMenuDayView(created);
    });
  } catch (error) {
    // Two agents saving the same new day at once: the second one reloads the week and tries again.
    if (error instanceof UniqueConstraintViolationException) throw new AppError('CONFLICT', { cause: error });
    throw error;
  }
}

/**
 * Makes a kitchen's typed week readable by families and tells them and staff, in one transaction. A week
 * with nothing typed is not published.
 */
export async function publishMenuWeek(
  em: EntityManager,
  input: MenuWeekInput,
): Promise<{ published: number }> {
  return em.transactional(async (tx) => {
    await checkFacility(tx, input.facilityId);
    const days = await tx.find(MenuDayEntity, {
      facility: input.facilityId,
      date: { $gte: input.weekOf, $lte: addDays(input.weekOf, SCHOOL_DAYS - 1) },
    });
    if (days.length === 0) {
      throw new AppError('NOT_FOUND', { userMessage: "Aucun menu n'est saisi pour cette semaine." });
    }
    for (const day of days) day.published = true;
    publish(tx, everyone, { type: 'menu.published', facilityId: input.facilityId, weekOf: input.weekOf });
    return { published: days.length };
  });
}
