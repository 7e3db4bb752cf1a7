import type { EntityManager } from '@mikro-orm/postgresql';
import type {
  ClosureSetupInput,
  FacilitySetupInput,
  PeriodSetupInput,
  UnitSetupInput,
} from '@portail/shared/bookings/setup';
import type { z } from 'zod';
import { AppError } from '../trpc/errors.ts';
import { unitRules } from './context.ts';
import { ClosureEntity, FacilityEntity, PeriodEntity, UnitEntity } from './entities.ts';

/** Everything staff configure, per facility. */
export async function loadSetup(em: EntityManager) {
  const facilities = await em.find(
    FacilityEntity,
    {},
    { populate: ['units', 'periods'], orderBy: { name: 'asc' } },
  );
  const closures = await em.find(ClosureEntity, {}, { orderBy: { startDate: 'desc' } });
  return {
    facilities: facilities.map((f) => ({
      id: f.id,
      name: f.name,
      kind: f.kind,
      schoolLevels: [...f.schoolLevels],
      active: f.active,
      units: f.units
        .getItems()
        .map((u) => ({ ...unitRules(u), priceCents: u.priceCents, includesMeal: u.includesMeal })),
      periods: f.periods.getItems().map((p) => ({
        id: p.id,
        name: p.name,
        startDate: p.startDate,
        endDate: p.endDate,
        weekdays: [...p.weekdays],
        schoolLevels: [...p.schoolLevels],
        bookingOpensAt: p.bookingOpensAt.toISOString(),
        bookingClosesAt: p.bookingClosesAt.toISOString(),
      })),
    })),
    closures: closures.map((c) => ({
      id: c.id,
      facilityId: c.facility?.id ?? null,
      startDate: c.startDate,
      endDate: c.endDate,
      reason: c.reason,
    })),
  };
}

function found<T extends object>(entity: T | null): T {
  if (!entity) throw new AppError('NOT_FOUND');
  return entity;
}

export async function saveFacility(em: EntityManager, input: z.infer<typeof FacilitySetupInput>) {
  const { id, ...fields } = input;
  const facility = id ? found(await em.findOne(FacilityEntity, { id })) : em.create(FacilityEntity, fields);
  em.assign(facility, fields);
  await em.flush();
  return { id: facility.id };
}

export async function saveUnit(em: EntityManager, input: z.infer<typeof UnitSetupInput>) {
  const { id, facilityId, ...fields } = input;
  const facility = found(await em.findOne(FacilityEntity, { id: facilityId }));
  const unit = id
    ? found(await em.findOne(UnitEntity, { id, facility }))
    : em.create(UnitEntity, { ...fields, facility });
  em.assign(unit, fields);
  await em.flush();
  return { id: unit.id };
}

export async function savePeriod(em: EntityManager, input: z.infer<typeof PeriodSetupInput>) {
  const { id, facilityId, bookingOpensAt, bookingClosesAt, ...rest } = input;
  const facility = found(await em.findOne(FacilityEntity, { id: facilityId }));
  const fields = {
    ...rest,
    bookingOpensAt: new Date(bookingOpensAt),
    bookingClosesAt: new Date(bookingClosesAt),
  };
  const period = id
    ? found(await em.findOne(PeriodEntity, { id, facility }))
    : em.create(PeriodEntity, { ...fields, facility });
  em.assign(period, fields);
  await em.flush();
  return { id: period.id };
}

export async function saveClosure(em: EntityManager, input: z.infer<typeof ClosureSetupInput>) {
  const { id, facilityId, ...fields } = input;
  const facility = facilityId ? found(await em.findOne(FacilityEntity, { id: facilityId })) : null;
  const closure = id
    ? found(await em.findOne(ClosureEntity, { id }))
    : em.create(ClosureEntity, { ...fields, facility });
  em.assign(closure, { ...fields, facility });
  await em.flush();
  return { id: closure.id };
}

export async function deleteClosure(em: EntityManager, id: number) {
  const closure = found(await em.findOne(ClosureEntity, { id }));
  em.remove(closure);
  await em.flush();
}
