/**
 * What live events cost the writers: the rush's submissions written by the raw-pg writer
 * (bench/lib/rush-writer.ts, the database's floor for one submission) with their two live_event rows and
 * a NOTIFY after COMMIT, as the portal does (`NotifyAfterCommit`), against the same submissions without
 * events. For information, a third variant sends NOTIFY inside the transaction, where PostgreSQL serialises
 * the commits of every notifying transaction on its notification queue. A session LISTENs meanwhile, like
 * each portal instance. Each variant writes into its own facility with the same capacities; the slices of
 * families are interleaved, with the variants' order rotated, so that background load weighs on all alike.
 */
import pg from 'pg';
import { LIVE_CHANNEL } from '../server/src/live/bus.ts';
import { createBenchDatabase, dropBenchDatabase } from './lib/db.ts';
import { now } from './lib/procs.ts';
import { type BenchContext, type Benchmark, type BenchResult, type Row, ratio } from './lib/report.ts';
import { linesOf, type RushFamily, type Scenario, seedRush } from './lib/rush-seed.ts';
import { type EventsMode, RawWriter } from './lib/rush-writer.ts';

const env = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);

const CONFIG = {
  families: env('BENCH_NOTIFY_FAMILIES', 600),
  /** Finely interleaved: the machine's background load changes by the second. */
  slices: 6,
  writerPool: 10,
  capacityShare: 0.2,
  poolDays: 30,
  goalRatio: 0.9,
};
const MODES: EventsMode[] = ['none', 'after-commit', 'in-transaction'];

async function slice(pool: pg.Pool, mode: EventsMode, families: RushFamily[], scenario: Scenario) {
  const writer = new RawWriter(pool, mode);
  const t0 = now();
  const outcomes = await Promise.all(
    families.flatMap((f) =>
      f.children.map((child) =>
        writer.submit({
          guardianId: f.guardianId,
          familyId: f.familyId,
          childId: child.childId,
          periodId: scenario.periodId,
          clientMutationId: crypto.randomUUID(),
          lines: linesOf(child.plan, scenario),
        }),
      ),
    ),
  );
  return { count: outcomes.length, ms: now() - t0 };
}

async function run(ctx: BenchContext): Promise<BenchResult> {
  const notes: string[] = [];
  const db = await createBenchDatabase(ctx.adminUrl);
  const listener = new pg.Client({ connectionString: db.url });
  const pool = new pg.Pool({ connectionString: db.url, max: CONFIG.writerPool });
  try {
    const capacity = Math.max(1, Math.round(CONFIG.capacityShare * CONFIG.families));
    ctx.log(`database ${db.name}: seeding ${CONFIG.families} families, one facility per variant`);
    const seed = await seedRush(db.url, {
      families: CONFIG.families,
      scenarios: MODES,
      capacity,
      poolDays: CONFIG.poolDays,
    });
    await listener.connect();
    let notifications = 0;
    listener.on('notification', () => notifications++);
    await listener.query(`listen ${LIVE_CHANNEL}`);

    const totals = Object.fromEntries(MODES.map((m) => [m, { count: 0, ms: 0 }])) as Record<
      EventsMode,
      { count: number; ms: number }
    >;
    const size = Math.ceil(seed.families.length / CONFIG.slices);
    for (let i = 0; i < CONFIG.slices; i++) {
      if (Date.now() > ctx.deadline) {
        notes.push(`stopped after ${i} of ${CONFIG.slices} slices: time budget spent`);
        break;
      }
      const families = seed.families.slice(i * size, (i + 1) * size);
      for (let k = 0; k < MODES.length; k++) {
        const mode = MODES[(i + k) % MODES.length] as EventsMode;
        const r = await slice(pool, mode, families, seed.scenarios[mode] as Scenario);
        totals[mode].count += r.count;
        totals[mode].ms += r.ms;
      }
    }
    const perSecond = (m: EventsMode) =>
      totals[m].ms > 0 ? Math.round((totals[m].count / (totals[m].ms / 1000)) * 10) / 10 : Number.NaN;
    const [none, after, inside] = MODES.map(perSecond) as [number, number, number];
    ctx.log(
      `  submissions/s: no events ${none}, NOTIFY after commit ${after}, NOTIFY in the transaction ${inside}`,
    );
    const r = ratio(after, none);
    const rows: Row[] = [
      {
        benchmark: 'notify-cost',
        measure: 'raw writes/s with events + NOTIFY after commit',
        n: totals['after-commit'].count,
        figure: String(after),
        baseline: `${none} without events`,
        ratio: r,
        goal: `≥ ${CONFIG.goalRatio}x`,
        verdict: r === null ? 'N/A' : r >= CONFIG.goalRatio ? 'PASS' : 'FAIL',
      },
      {
        benchmark: 'notify-cost',
        measure: 'raw writes/s with NOTIFY inside the transaction',
        n: totals['in-transaction'].count,
        figure: String(inside),
        baseline: `${none} without events`,
        ratio: ratio(inside, none),
        goal: 'info (not what the portal does)',
        verdict: 'INFO',
      },
    ];
    return { rows, figures: { config: { ...CONFIG, capacity }, totals, notifications }, notes };
  } finally {
    await listener.end().catch(() => {});
    await pool.end().catch(() => {});
    await dropBenchDatabase(ctx.adminUrl, db.name);
  }
}

export const benchmark: Benchmark = {
  name: 'notify-cost',
  description:
    'booking writes with live events and NOTIFY after commit against the same writes without events',
  run,
};
