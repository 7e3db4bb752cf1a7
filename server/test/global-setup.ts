import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { pino } from 'pino';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../src/db/embedded.ts';
import { ormConfig } from '../src/db/orm.ts';
import { adminQuery, databaseUrl } from './admin.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    templateDatabase: string;
    runId: string;
  }
}

/**
 * One PostgreSQL for the run: the one DATABASE_URL names, else an embedded one. The committed migrations
 * are applied once to a template; every test file then clones it into a database of its own.
 */
export default async function setup(project: TestProject) {
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  const log = pino({ level: 'warn' });
  let dataDir: string | undefined;
  let stopEmbedded: (() => Promise<void>) | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    dataDir = await mkdtemp(path.join(tmpdir(), 'portail-test-'));
    const embedded = await startEmbeddedPostgres(dataDir, log);
    adminUrl = embedded.url;
    stopEmbedded = embedded.stop;
  }
  const template = `portail_tpl_${runId}`;
  await adminQuery(adminUrl, `create database ${template}`);
  const orm = await MikroORM.init(ormConfig(databaseUrl(adminUrl, template)));
  await orm.migrator.up();
  await orm.close();

  project.provide('adminDatabaseUrl', adminUrl);
  project.provide('templateDatabase', template);
  project.provide('runId', runId);

  return async () => {
    const leftovers = await adminQuery<{ datname: string }>(
      adminUrl,
      `select datname from pg_database where datname like 'portail\\_%\\_${runId}%'`,
    );
    for (const { datname } of leftovers)
      await adminQuery(adminUrl, `drop database if exists ${datname} with (force)`);
    await stopEmbedded?.();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}
