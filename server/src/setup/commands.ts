import type { EntityManager } from '@mikro-orm/postgresql';
import { MunicipalityEntity } from '../municipality/entities.ts';
import type { MunicipalitySetup } from './inputs.ts';

/** The deployment's one municipality row: created the first time, replaced afterwards. */
export async function setMunicipality(
  em: EntityManager,
  card: MunicipalitySetup,
): Promise<'created' | 'updated'> {
  const current = await em.findOne(MunicipalityEntity, { id: { $gt: 0 } }, { orderBy: { id: 'asc' } });
  if (current) {
    em.assign(current, card);
    return 'updated';
  }
  em.create(MunicipalityEntity, card);
  return 'created';
}
