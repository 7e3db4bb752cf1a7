/**
 * `npm run bench`: runs every benchmark of bench/ (each `bench/*.ts` that exports `benchmark`), prints ONE
 * table (each figure beside its baseline measured in the same run, the ratio, a verdict against the goal)
 * and writes the figures with a description of the machine to bench/results/<timestamp>.json.
 *
 * Servers are started as child processes pinned to CPU 0 (`taskset -c 0`) while this process, the load
 * generator, pins itself to CPU 1, when taskset exists and the machine has two CPUs or more. Everything is
 * on the loopback interface, bounded in count and time, and stops by itself.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { adminQuery, adminUrl, createdDatabases, postgresVersion } from './lib/db.ts';
import { hasTaskset, killAllChildren, openFileLimit, pinSelf } from './lib/procs.ts';
import { type Benchmark, type BenchResult, type Row, renderTable } from './lib/report.ts';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const started = new Date();
/** New parts are not started past this; what runs finishes within its own bounds. */
const SOFT_BUDGET_MS = Number(process.env.BENCH_BUDGET_S ?? 840) * 1000;
/** Past this the run is cut short: children killed, databases dropped, exit 2. */
const HARD_LIMIT_MS = Number(process.env.BENCH_HARD_LIMIT_S ?? 1200) * 1000;

const log = (message: string) => {
  const elapsed = ((Date.now() - started.getTime()) / 1000).toFixed(1).padStart(6);
  console.log(`[${elapsed}s] ${message}`);
};

async function cleanUpAndExit(code: number, reason: string) {
  console.error(reason);
  killAllChildren();
  for (const name of createdDatabases)
    await adminQuery(adminUrl(), `drop database if exists ${name} with (force)`).catch(() => {});
  process.exit(code);
}

setTimeout(() => {
  cleanUpAndExit(2, `bench: hard time limit of ${HARD_LIMIT_MS / 1000} s reached, stopped`);
}, HARD_LIMIT_MS).unref();
process.once('SIGINT', () => cleanUpAndExit(130, 'bench: interrupted'));
process.once('SIGTERM', () => cleanUpAndExit(143, 'bench: terminated'));

/**
 * CPU ticks of the whole machine and of this process with its (reaped) children, from /proc: what the
 * rest of the machine used meanwhile (other people's tests, and PostgreSQL, ours included) tells how noisy
 * the run was.
 */
function cpuTicks() {
  try {
    const all = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '')
      .trim()
      .split(/\s+/)
      .slice(1, 9)
      .map(Number);
    const total = all.reduce((a, b) => a + b, 0);
    const idle = (all[3] ?? 0) + (all[4] ?? 0);
    const self = readFileSync('/proc/self/stat', 'utf8');
    const f = self
      .slice(self.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    const ours = (f[11] ?? 0) + (f[12] ?? 0) + (f[13] ?? 0) + (f[14] ?? 0);
    return { total, busy: total - idle, ours };
  } catch {
    return undefined;
  }
}

function pinning() {
  const cpus = os.availableParallelism();
  if (!hasTaskset()) return { applied: false, serverCpu: null, note: 'taskset not found: nothing pinned' };
  if (cpus < 2) return { applied: false, serverCpu: null, note: `${cpus} CPU: nothing pinned` };
  if (!pinSelf('1'))
    return { applied: false, serverCpu: null, note: 'taskset refused to pin: nothing pinned' };
  return {
    applied: true,
    serverCpu: '0',
    note: 'servers pinned to CPU 0 (taskset -c 0), load generator to CPU 1; PostgreSQL not pinned (shared)',
  };
}

async function main() {
  const pin = pinning();
  const fdLimit = openFileLimit();
  const admin = adminUrl();
  const machine = {
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    postgres: await postgresVersion(admin),
    kernel: `${os.type()} ${os.release()}`,
    openFileLimit: fdLimit,
    loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
    pinning: pin,
  };
  log(`machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, node ${machine.node}`);
  log(`postgres: ${machine.postgres}`);
  log(`pinning: ${pin.applied ? 'applied' : 'NOT applied'} (${pin.note}); ulimit -n ${fdLimit}`);
  log(
    `load average at start: ${machine.loadAverageAtStart.join(' ')} (other work on this machine adds noise)`,
  );

  const ticksAtStart = cpuTicks();
  const only = process.env.BENCH_ONLY?.split(',');
  const files = readdirSync(benchDir)
    .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.endsWith('.d.ts'))
    .sort();
  const results: Record<string, BenchResult | { error: string }> = {};
  const rows: Row[] = [];
  const notes: string[] = [];
  for (const file of files) {
    const module = (await import(new URL(file, import.meta.url).href)) as { benchmark?: Benchmark };
    const bench = module.benchmark;
    if (!bench || (only && !only.includes(bench.name))) continue;
    log(`benchmark ${bench.name}: ${bench.description}`);
    try {
      const result = await bench.run({
        serverCpu: pin.serverCpu,
        adminUrl: admin,
        deadline: started.getTime() + SOFT_BUDGET_MS,
        fdLimit,
        log,
      });
      results[bench.name] = result;
      rows.push(...result.rows);
      notes.push(...result.notes.map((n) => `${bench.name}: ${n}`));
    } catch (error) {
      const message = (error as Error).stack ?? String(error);
      results[bench.name] = { error: message };
      notes.push(`${bench.name} FAILED: ${message}`);
      killAllChildren();
    }
  }

  const finished = new Date();
  const ticksAtEnd = cpuTicks();
  const cpu =
    ticksAtStart && ticksAtEnd && ticksAtEnd.total > ticksAtStart.total
      ? {
          busyPct: Math.round(
            ((ticksAtEnd.busy - ticksAtStart.busy) / (ticksAtEnd.total - ticksAtStart.total)) * 100,
          ),
          benchPct: Math.round(
            ((ticksAtEnd.ours - ticksAtStart.ours) / (ticksAtEnd.total - ticksAtStart.total)) * 100,
          ),
        }
      : undefined;
  const noise = cpu
    ? `the machine's CPUs were ${cpu.busyPct}% busy during the run, ${cpu.benchPct}% by the bench's own processes ` +
      `and ${cpu.busyPct - cpu.benchPct}% by everything else (PostgreSQL, ours included, and other people's work)`
    : 'CPU use of other processes unknown';
  const report = {
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    durationS: Math.round((finished.getTime() - started.getTime()) / 1000),
    machine: { ...machine, loadAverageAtEnd: os.loadavg().map((l) => Math.round(l * 100) / 100), cpu, noise },
    rows,
    notes,
    benchmarks: results,
  };
  mkdirSync(new URL('results/', import.meta.url), { recursive: true });
  const file = new URL(
    `results/${started.toISOString().replaceAll(':', '-').replace(/\..*/, '')}.json`,
    import.meta.url,
  );
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);

  console.log('');
  console.log(
    `Machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, node ${machine.node}, ` +
      `${machine.postgres.split(' on ')[0]}; pinning ${pin.applied ? 'applied' : 'NOT applied'} (${pin.note}); ` +
      `load average ${machine.loadAverageAtStart.join('/')} → ${report.machine.loadAverageAtEnd.join('/')}.`,
  );
  console.log(`Noise: ${noise}.`);
  for (const note of notes) console.log(`Note: ${note}`);
  console.log('');
  console.log(renderTable(rows));
  console.log('');
  console.log(`Figures: ${fileURLToPath(file)} (${report.durationS} s)`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => cleanUpAndExit(1, `bench failed: ${(error as Error).stack ?? String(error)}`),
);
