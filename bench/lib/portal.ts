import { freePort, ServerProcess, waitUntil } from './procs.ts';
import type { BenchContext } from './report.ts';

/**
 * The portal as `npm start` runs it (server/src/main.ts, or `script` that wraps it, on the bench database,
 * no demo seed), pinned like every server under test, once its /healthz answers. `BENCH_CPU_PROF=<folder>`
 * adds `--cpu-prof` through NODE_OPTIONS: the profile is written there when the server stops, to be opened
 * in Chrome's DevTools.
 */
export async function startPortal(
  ctx: BenchContext,
  databaseUrl: string,
  options: { name?: string; script?: string } = {},
): Promise<{ server: ServerProcess; url: string }> {
  const port = await freePort();
  const profile = process.env.BENCH_CPU_PROF;
  const server = new ServerProcess(options.name ?? 'portal', options.script ?? 'server/src/main.ts', {
    cpu: ctx.serverCpu,
    env: {
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: '0',
      LOG_LEVEL: 'warn',
      ACCESS_TOKEN_TTL_SECONDS: '3600',
      ...(profile ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profile}` } : {}),
    },
  });
  let exited = false;
  server.exited.then(() => {
    exited = true;
  });
  const ok = await waitUntil(
    async () => {
      if (exited) return true;
      try {
        return (await fetch(`http://127.0.0.1:${port}/healthz`)).ok;
      } catch {
        return false;
      }
    },
    60_000,
    100,
  );
  if (!ok || exited) {
    await server.stop();
    throw new Error(`portal did not start:\n${server.output()}`);
  }
  return { server, url: `ws://127.0.0.1:${port}/trpc` };
}
