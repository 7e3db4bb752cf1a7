/**
 * Starts a fresh portal for one Playwright run (playwright.config.ts `webServer`), then removes what it created.
 * With DATABASE_URL: a new database `portail_e2e_<timestamp>` on that server, seeded with the demo data.
 * Without: the embedded PostgreSQL in a new temporary DATA_DIR (seeded by default).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

const root = path.resolve(import.meta.dirname, '..');
const port = process.env.E2E_PORT ?? '3100';
const baseUrl = process.env.DATABASE_URL;

async function onAdminDatabase(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function prepare(): Promise<{ env: NodeJS.ProcessEnv; cleanUp: () => Promise<void> }> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: port, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' };
  if (baseUrl) {
    const name = `portail_e2e_${Date.now()}`;
    await onAdminDatabase(baseUrl, `create database ${name}`);
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    console.log(`[e2e] base de test : ${name}`);
    return {
      env: { ...env, DATABASE_URL: url.toString(), SEED_DEMO: '1' },
      cleanUp: () => onAdminDatabase(baseUrl, `drop database if exists ${name} with (force)`),
    };
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'portail-e2e-'));
  delete env.DATABASE_URL;
  delete env.SEED_DEMO;
  console.log(`[e2e] PostgreSQL embarqué dans ${dataDir}`);
  return {
    env: { ...env, DATA_DIR: dataDir },
    cleanUp: () => rm(dataDir, { recursive: true, force: true }),
  };
}

const { env, cleanUp } = await prepare();

// Its own process group, so that one signal reaches the server once: it stops its embedded PostgreSQL itself.
const server: ChildProcess = spawn(process.execPath, ['server/src/main.ts'], {
  cwd: root,
  env,
  stdio: 'inherit',
  detached: true,
});
process.on('exit', () => {
  if (server.exitCode === null) server.kill('SIGKILL');
});

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.kill('SIGTERM');
  });
}

server.on('exit', (code, signal) => {
  cleanUp()
    .catch((error: unknown) => console.error('[e2e] nettoyage incomplet :', error))
    .finally(() => process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0))));
});
