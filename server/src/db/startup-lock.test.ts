import { randomBytes } from 'node:crypto';
import { afterAll, expect, inject, it } from 'vitest';
import { adminQuery, databaseUrl } from '../../test/admin.ts';
import { startTestServer } from '../../test/server.ts';
import { migrations } from './migrations/index.ts';

const admin = inject('adminDatabaseUrl');
const name = `portail_t_${inject('runId')}_${randomBytes(4).toString('hex')}`;

afterAll(() => adminQuery(admin, `drop database if exists ${name} with (force)`));

it('lets replicas started together on an empty database migrate and seed it once', async () => {
  await adminQuery(admin, `create database ${name}`);
  const database = { url: databaseUrl(admin, name), name };
  const replicas = await Promise.all([startTestServer({}, database), startTestServer({}, database)]);
  try {
    const [count] = await adminQuery<{ municipalities: number; migrations: number }>(
      database.url,
      `select (select count(*)::int from municipality) as municipalities,
              (select count(*)::int from mikro_orm_migrations) as migrations`,
    );
    expect(count).toEqual({ municipalities: 1, migrations: migrations.length });
  } finally {
    await Promise.all(replicas.map((replica) => replica.stop()));
  }
});
