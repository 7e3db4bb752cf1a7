/**
 * Starts a fresh portal for one Playwright run (playwright.config.ts `webServer`), then removes what it created.
 * Two instances of the server on one database, as in production behind a load balancer: E2E_PORT and
 * E2E_PORT + 1, so that a test can put a parent on one and an agent on the other (live events cross instances
 * through PostgreSQL's NOTIFY). The second starts once the first answers /healthz (it migrated and seeded the
 * database); Playwright waits for the second's /healthz, so both are up when the tests start.
 * With DATABASE_URL: a new database `portail_e2e_<timestamp>` on that server, seeded with the demo data.
 * Without: an embedded PostgreSQL in a new temporary directory, started here so that both instances share it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { startEmbeddedPostgres } from '../server/src/db/embedded.ts';

const root = path.resolve(import.meta.dirname, '..');
const port = Number(process.env.E2E_PORT ?? 3100);
const ports = [port, port + 1];
const baseUrl = process.env.DATABASE_URL;
const STARTUP_MS = 110_000;

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
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    SEED_DEMO: '1',
  };
  delete env.DATA_DIR;
  if (baseUrl) {
    const name = `portail_e2e_${Date.now()}`;
    await onAdminDatabase(baseUrl, `create database ${name}`);
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    console.log(`[e2e] base de test : ${name}`);
    return {
      env: { ...env, DATABASE_URL: url.toString() },
      cleanUp: () => onAdminDatabase(baseUrl, `drop database if exists ${name} with (force)`),
    };
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'portail-e2e-'));
  console.log(`[e2e] PostgreSQL embarqué dans ${dataDir}`);
  const database = await startEmbeddedPostgres(dataDir, pino({ level: 'warn' }));
  return {
    env: { ...env, DATABASE_URL: database.url },
    cleanUp: async () => {
      await database.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

const { env, cleanUp } = await prepare();
const servers: ChildProcess[] = [];
let stopping = false;
let exitCode = 0;

function start(serverPort: number): ChildProcess {
  // Its own process group, so that one signal reaches the server once.
  const server = spawn(process.execPath, ['server/src/main.ts'], {
    cwd: root,
    env: { ...env, PORT: String(serverPort) },
    stdio: 'inherit',
    detached: true,
  });
  servers.push(server);
  server.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`[e2e] le serveur du port ${serverPort} s'est arrêté (${signal ?? code})`);
      exitCode = code || 1;
      stop();
    }
    if (servers.every((s) => s.exitCode !== null || s.signalCode !== null)) finish();
  });
  return server;
}

async function healthy(serverPort: number, server: ChildProcess) {
  const deadline = Date.now() + STARTUP_MS;
  while (Date.now() < deadline && server.exitCode === null && !stopping) {
    const ok = await fetch(`http://localhost:${serverPort}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

function stop() {
  stopping = true;
  for (const server of servers)
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
  if (servers.length === 0) finish();
}

let finished = false;
function finish() {
  if (finished) return;
  finished = true;
  cleanUp()
    .catch((error: unknown) => console.error('[e2e] nettoyage incomplet :', error))
    .finally(() => process.exit(exitCode));
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => !stopping && stop());
process.on('exit', () => {
  for (const server of servers) if (server.exitCode === null) server.kill('SIGKILL');
});

const [firstPort, secondPort] = ports as [number, number];
const first = start(firstPort);
if (await healthy(firstPort, first)) {
  if (!stopping) start(secondPort);
} else if (!stopping) {
  console.error(`[e2e] le serveur du port ${firstPort} ne répond pas`);
  exitCode = 1;
  stop();
}
