import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { inject } from 'vitest';
import { ormConfig } from '../src/db/orm.ts';
import { adminQuery, databaseUrl } from './admin.ts';

const urls = new WeakMap<MikroORM, { admin: string; name: string }>();

/** A fresh, migrated database of this test file's own, cloned from the run's template in milliseconds. */
export async function createTestDatabase(): Promise<{ url: string; name: string }> {
  const admin = inject('adminDatabaseUrl');
  const name = `portail_t_${inject('runId')}_${randomBytes(4).toString('hex')}`;
  await adminQuery(admin, `create database ${name} template ${inject('templateDatabase')}`);
  return { url: databaseUrl(admin, name), name };
}

export async function createTestOrm(): Promise<MikroORM> {
  const { url, name } = await createTestDatabase();
  const orm = await MikroORM.init(ormConfig(url));
  urls.set(orm, { admin: inject('adminDatabaseUrl'), name });
  return orm;
}

export async function closeTestOrm(orm: MikroORM): Promise<void> {
  await orm.close();
  const db = urls.get(orm);
  if (db) await adminQuery(db.admin, `drop database if exists ${db.name} with (force)`);
}
