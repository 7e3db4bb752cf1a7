/**
 * What the client benchmarks (bench/client-*.ts) share: the portal's client and the bare SolidJS page
 * (bench/fixtures/bare-solid) built with the same Vite configuration into temporary folders, each served by the
 * portal's own server (same Fastify, same headers, same static files plugin) on a bench database seeded with
 * the demo data, and Debian's Chromium with the flags of the end-to-end tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { createBenchDatabase, dropBenchDatabase } from './db.ts';
import { freePort, repoRoot, ServerProcess } from './procs.ts';

const clientDir = path.join(repoRoot, 'client');
const bareDir = path.join(repoRoot, 'bench/fixtures/bare-solid');

/** Temporary folders of this run, removed when it exits (run.ts ends with process.exit). */
const temporary: string[] = [];
process.once('exit', () => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

async function buildInto(root: string, label: string): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), `bench-${label}-`));
  temporary.push(outDir);
  await build({
    configFile: path.join(clientDir, 'vite.config.ts'),
    root,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

export type Builds = { portal: string; bare: string };
let builds: Promise<Builds> | undefined;

/** Both builds, made once per run (several client benchmarks use them). */
export function clientBuilds(): Promise<Builds> {
  builds ??= (async () => ({
    portal: await buildInto(clientDir, 'portal'),
    bare: await buildInto(bareDir, 'bare-solid'),
  }))();
  return builds;
}

export type Sites = { portal: string; bare: string; stop: () => Promise<void> };

/**
 * The portal's server twice on one bench database: once with the portal's build, once with the bare page's.
 * The first seeds the demo data (parent@demo.fr, documents, menus); the second starts once it is up.
 */
export async function startSites(options: {
  adminUrl: string;
  serverCpu: string | null;
  builds: Builds;
}): Promise<Sites> {
  const database = await createBenchDatabase(options.adminUrl);
  const servers: ServerProcess[] = [];
  const stop = async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await dropBenchDatabase(options.adminUrl, database.name);
  };
  const start = async (name: string, clientDist: string) => {
    const port = await freePort();
    const server = new ServerProcess(name, 'bench/lib/client-server.ts', {
      cpu: options.serverCpu,
      env: {
        DATABASE_URL: database.url,
        SEED_DEMO: '1',
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        BENCH_CLIENT_DIST: clientDist,
      },
    });
    servers.push(server);
    await server.waitFor('ready', 120_000);
    // localhost, not 127.0.0.1: a service worker needs a secure context, which localhost is.
    return `http://localhost:${port}`;
  };
  try {
    const portal = await start('portal', options.builds.portal);
    const bare = await start('bare-solid', options.builds.bare);
    return { portal, bare, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Median of a non-empty list. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
