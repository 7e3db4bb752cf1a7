import type { EntityManager } from '@mikro-orm/postgresql';
import type { Municipality, MunicipalityInput } from '@portail/shared/municipality/schema';
import { AppError } from '../trpc/errors.ts';
import { MunicipalityEntity } from './entities.ts';

/** The deployment's one row, if it has been recorded yet. */
const currentRow = (em: EntityManager) =>
  em.findOne(MunicipalityEntity, { id: { $gt: 0 } }, { orderBy: { id: 'asc' } });

/** The S.E.J.'s contact card: one row per deployment. */
export async function loadMunicipality(em: EntityManager): Promise<Municipality> {
  const m = await currentRow(em);
  if (!m) throw new AppError('UNAVAILABLE', { devMessage: 'no municipality row: seed or configure one' });
  return {
    name: m.name,
    serviceName: m.serviceName,
    address: m.address,
    phone: m.phone,
    email: m.email,
    openingHours: m.openingHours,
    website: m.website ?? null,
  };
}

/** The deployment's one card, created the first time and replaced afterwards («Paramétrage», `npm run setup`). */
export async function saveMunicipality(
  em: EntityManager,
  card: MunicipalityInput,
): Promise<'created' | 'updated'> {
  const current = await currentRow(em);
  if (current) {
    em.assign(current, card);
    await em.flush();
    return 'updated';
  }
  em.create(MunicipalityEntity, card);
  await em.flush();
  return 'created';
}
