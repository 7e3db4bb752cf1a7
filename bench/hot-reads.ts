/**
 * Hot reads: a parent's planning (`bookings.planning`) and invoice list (`billing.invoices`) asked over the
 * WebSocket as the PWA asks them, against the very same SQL run through a raw `pg` connection. The SQL is
 * captured from the app's own services (bench/lib/rush-capture.ts) on the demo municipality's data, so the
 * baseline sends exactly the statements and parameters the portal sends, in the same order, one after the
 * other as the portal's connection does. Portal and baseline rounds are interleaved.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { pino } from 'pino';
import { KeyRing } from '../server/src/auth/keys.ts';
import { AccessTokens } from '../server/src/auth/tokens.ts';
import { familyInvoices } from '../server/src/billing/views.ts';
import { planningView } from '../server/src/bookings/queries.ts';
import { openDatabase } from '../server/src/db/orm.ts';
import { seedDemoIfEmpty } from '../server/src/demo/seed.ts';
import type { AuthorizedFamilyId } from '../server/src/trpc/procedures.ts';
import { createBenchDatabase, dropBenchDatabase } from './lib/db.ts';
import { startPortal } from './lib/portal.ts';
import { now } from './lib/procs.ts';
import { type BenchContext, type Benchmark, type BenchResult, type Row, ratio } from './lib/report.ts';
import { capturedStatements, type Statement } from './lib/rush-capture.ts';
import { FamilySocket, familyAddress } from './lib/rush-client.ts';
import { summarize } from './lib/stats.ts';

const env = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);

const CONFIG = {
  rounds: env('BENCH_HOT_READS', 200),
  warmup: 30,
  /** The parent's tabs: calls are spread over them so that no session reaches its rate limit. */
  sessions: 8,
  goalRatio: 2,
};

type Read = {
  name: string;
  path: string;
  input: unknown;
  statements: Statement[];
  portal: number[];
  raw: number[];
};

async function replay(db: pg.Client, statements: Statement[]) {
  const t0 = now();
  for (const s of statements) await db.query(s.text, s.values);
  return now() - t0;
}

async function run(ctx: BenchContext): Promise<BenchResult> {
  const notes: string[] = [];
  const db = await createBenchDatabase(ctx.adminUrl);
  const raw = new pg.Client({ connectionString: db.url });
  const sockets: FamilySocket[] = [];
  let portal: Awaited<ReturnType<typeof startPortal>> | undefined;
  try {
    ctx.log(`database ${db.name}: the demo municipality, SQL of the two reads captured from the services`);
    const orm = await openDatabase(db.url, pino({ level: 'warn' }));
    let reads: Read[];
    let tokens: string[];
    try {
      await seedDemoIfEmpty(orm.em.fork(), pino({ level: 'warn' }));
      const [who] = await orm.em
        .fork()
        .getConnection()
        .execute<{ guardian_id: number; family_id: number; child_id: number; period_id: number }[]>(
          `select g.id as guardian_id, g.family_id, r.child_id, r.period_id from guardian g
         join reservation r on r.guardian_id = g.id where g.email = 'parent@demo.fr'
         order by r.created_at desc limit 1`,
        );
      if (!who) throw new Error('the demo parent has no reservation');
      const familyId = who.family_id as AuthorizedFamilyId;
      const planningInput = { childId: who.child_id, periodId: who.period_id };
      reads = [
        {
          name: 'planning (bookings.planning)',
          path: 'bookings.planning',
          input: planningInput,
          // Captured from a second call: the first has counted the places taken, which plannings then share
          // for a second (bookings/context.ts), as the portal's calls, a few milliseconds apart, do.
          statements: await planningView(
            orm.em.fork(),
            familyId,
            who.guardian_id,
            planningInput,
            new Date(),
          ).then(() =>
            capturedStatements(() =>
              planningView(orm.em.fork(), familyId, who.guardian_id, planningInput, new Date()),
            ),
          ),
          portal: [],
          raw: [],
        },
        {
          name: 'invoice list (billing.invoices)',
          path: 'billing.invoices',
          input: undefined,
          statements: await capturedStatements(() => familyInvoices(orm.em.fork(), familyId, new Date())),
          portal: [],
          raw: [],
        },
      ];
      const signer = new AccessTokens(new KeyRing(orm), 3600);
      tokens = [];
      for (let i = 0; i < CONFIG.sessions; i++)
        tokens.push(
          (
            await signer.sign({
              kind: 'guardian',
              guardianId: who.guardian_id,
              familyId,
              sessionId: randomUUID(),
            })
          ).token,
        );
    } finally {
      await orm.close();
    }

    await raw.connect();
    portal = await startPortal(ctx, db.url);
    for (let i = 0; i < CONFIG.sessions; i++)
      sockets.push(await FamilySocket.open(portal.url, tokens[i] as string, familyAddress(i)));

    for (let i = 0; i < CONFIG.warmup + CONFIG.rounds; i++) {
      if (i >= CONFIG.warmup && Date.now() > ctx.deadline) {
        notes.push(`stopped after ${i - CONFIG.warmup} rounds: time budget spent`);
        break;
      }
      const socket = sockets[i % sockets.length] as FamilySocket;
      for (const read of reads) {
        const answer = await socket.call('query', read.path, read.input);
        if (answer.error) throw new Error(`${read.path}: ${answer.error.message}`);
        const rawMs = await replay(raw, read.statements);
        if (i < CONFIG.warmup) continue;
        read.portal.push(answer.ms);
        read.raw.push(rawMs);
      }
    }

    const rows: Row[] = [];
    const figures: Record<string, unknown> = { config: CONFIG, database: db.name };
    for (const read of reads) {
      const p = summarize(read.portal);
      const b = summarize(read.raw);
      figures[read.path] = { statements: read.statements.length, portal: p, raw: b };
      ctx.log(
        `  ${read.name}: portal p50 ${p.p50} ms, raw pg p50 ${b.p50} ms (${read.statements.length} statements)`,
      );
      const r = ratio(p.p50, b.p50);
      rows.push({
        benchmark: 'hot-reads',
        measure: `${read.name} p50/p95 ms, ${read.statements.length} statements`,
        n: p.count,
        figure: `${p.p50}/${p.p95}`,
        baseline: `${b.p50}/${b.p95} same SQL, raw pg`,
        ratio: r,
        goal: `p50 ≤ ${CONFIG.goalRatio}x`,
        verdict: r === null ? 'N/A' : r <= CONFIG.goalRatio ? 'PASS' : 'FAIL',
      });
    }
    return { rows, figures, notes };
  } finally {
    await Promise.all(sockets.map((s) => s.close()));
    await portal?.server.stop();
    await raw.end().catch(() => {});
    await dropBenchDatabase(ctx.adminUrl, db.name);
  }
}

export const benchmark: Benchmark = {
  name: 'hot-reads',
  description: "a parent's planning and invoice list over the WebSocket against the same SQL by raw pg",
  run,
};
