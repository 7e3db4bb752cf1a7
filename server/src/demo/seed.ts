import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { MunicipalityEntity } from '../municipality/entities.ts';
import { seedDemo } from './data.ts';

/** Fills an empty database with the demo municipality; a database that has one is left untouched. */
export async function seedDemoIfEmpty(em: EntityManager, log: Logger): Promise<void> {
  if ((await em.count(MunicipalityEntity)) > 0) return;
  await em.transactional((tx) => seedDemo(tx as EntityManager, new Date()));
  log.info('données de démonstration créées');
}
