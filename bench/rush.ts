/**
 * The performance issue's rush: 2,000 families, each on its own WebSocket as the PWA connects (token in
 * connectionParams, subscribed to `live.events`), open the planning of a period and submit 10–20 days per
 * child against limited capacities. See bench/README.md («rush») for what each figure means.
 *
 * 1. The one-minute rush, in two halves of 30 s at the same pace, each drained before the next and each on
 *    its own facility: each family starts at a random moment of its half, opens the planning of each child
 *    (`bookings.planning`) and submits it (`bookings.submit`). During the second half an abusive client
 *    floods submissions from its own address: the other families' p95 is compared between the two halves.
 * 2. The burst: every child's submission sent at once, the moment the period opens: submissions per second
 *    of the portal against the same rows written by raw `pg` (bench/lib/rush-writer.ts), each scenario on
 *    its own facility with the same capacities, in the same database.
 * Afterwards: no unit over capacity, every answered submission in the database once with its lines,
 * resent submissions answered from the stored outcome, and every family's `reservation.submitted` events.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createBenchDatabase, dropBenchDatabase } from './lib/db.ts';
import { startPortal } from './lib/portal.ts';
import { now, sleep, waitUntil } from './lib/procs.ts';
import { type BenchContext, type Benchmark, type BenchResult, type Row, ratio } from './lib/report.ts';
import { ABUSER_ADDRESS, type CallResult, FamilySocket, familyAddress } from './lib/rush-client.ts';
import {
  linesOf,
  type RushFamily,
  type Scenario,
  seededRandom,
  seedRush,
  signSessions,
} from './lib/rush-seed.ts';
import { RawWriter, type Submission } from './lib/rush-writer.ts';
import { type Summary, summarize } from './lib/stats.ts';

const env = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);

const CONFIG = {
  families: env('BENCH_RUSH_FAMILIES', 2000),
  windowS: env('BENCH_RUSH_WINDOW_S', 60),
  /** Families whose children all submit at once in the burst (and again by raw pg for the baseline). */
  burstFamilies: env('BENCH_RUSH_BURST_FAMILIES', 1000),
  /** Daily places per unit, as a share of the families: the busiest days fill up and go to the waiting list. */
  capacityShare: 0.2,
  /** School days the plans draw from: 3 units × 30 days for ~45,000 lines at 2,000 families. */
  poolDays: 30,
  abuserSessions: 5,
  /** Submissions per second each abusive session tries to send. */
  abuserRate: 100,
  /** Connections of the raw baseline: the size of the app's pool (pg's default, 10). */
  writerPool: 10,
  replays: 50,
  callTimeoutMs: 120_000,
  eventsTimeoutMs: 20_000,
  goalThroughputRatio: 1 / 2.5,
  goalP95Ms: 300,
  /** "Does not slow other families measurably": their p95 with the abuser within this of without. */
  goalAbuseRatio: 1.25,
};

type Done = {
  family: number;
  offsetMs: number;
  planning: CallResult;
  submit: CallResult;
  submission: Submission;
};

const submissionOf = (
  f: RushFamily,
  child: RushFamily['children'][number],
  scenario: Scenario,
): Submission => ({
  guardianId: f.guardianId,
  familyId: f.familyId,
  childId: child.childId,
  periodId: scenario.periodId,
  clientMutationId: randomUUID(),
  lines: linesOf(child.plan, scenario),
});

const submitInput = (s: Submission) => ({
  clientMutationId: s.clientMutationId,
  childId: s.childId,
  periodId: s.periodId,
  lines: s.lines,
});

type Outcome = { reservation: { number: string } | null; lines: { state: string }[]; replayed: boolean };
const outcomeOf = (r: CallResult) => r.data as Outcome | undefined;

/** The abusive client: several sessions from one address, each sending submissions as fast as it is let. */
async function abuse(sockets: FamilySocket[], f: RushFamily, scenario: Scenario, untilMs: number) {
  const tally = { attempts: 0, refused: 0, admitted: 0, otherErrors: 0 };
  const child = f.children[0] as RushFamily['children'][number];
  const inFlight: Promise<void>[] = [];
  const interval = 1000 / CONFIG.abuserRate;
  while (Date.now() < untilMs) {
    for (const socket of sockets) {
      tally.attempts++;
      inFlight.push(
        socket
          .call('mutation', 'bookings.submit', submitInput(submissionOf(f, child, scenario)))
          .then((r) => {
            if (!r.error) tally.admitted++;
            else if (r.error.appCode === 'TOO_MANY_REQUESTS') tally.refused++;
            else tally.otherErrors++;
          }),
      );
    }
    await sleep(interval);
  }
  await Promise.all(inFlight);
  return tally;
}

/**
 * One half of the rush: the families `from`…`to` (their sockets have the same indices) each start at a
 * random moment of `windowMs`; with `abuser`, the abusive client floods during the whole half.
 */
async function rushHalf(
  sockets: FamilySocket[],
  families: RushFamily[],
  range: { from: number; to: number; windowMs: number },
  scenario: Scenario,
  abuser: { sockets: FamilySocket[]; family: RushFamily } | undefined,
) {
  const random = seededRandom(8 + range.from);
  const t0 = Date.now();
  const done: Done[] = [];
  const flows = families.slice(range.from, range.to).map(async (f, k) => {
    const i = range.from + k;
    const offsetMs = random() * range.windowMs;
    await sleep(offsetMs);
    const socket = sockets[i] as FamilySocket;
    for (const child of f.children) {
      const planning = await socket.call(
        'query',
        'bookings.planning',
        { childId: child.childId, periodId: scenario.periodId },
        CONFIG.callTimeoutMs,
      );
      const submission = submissionOf(f, child, scenario);
      const submit = await socket.call(
        'mutation',
        'bookings.submit',
        submitInput(submission),
        CONFIG.callTimeoutMs,
      );
      done.push({ family: i, offsetMs, planning, submit, submission });
    }
  });
  const abused = abuser ? abuse(abuser.sockets, abuser.family, scenario, t0 + range.windowMs) : undefined;
  await Promise.all(flows);
  return { done, abuse: await abused, elapsedMs: Date.now() - t0 };
}

/** Every child's submission at once, the moment the period opens. */
async function burstPhase(sockets: FamilySocket[], families: RushFamily[], scenario: Scenario) {
  const t0 = now();
  const results = await Promise.all(
    families.flatMap((f, i) =>
      f.children.map(async (child) => {
        const submission = submissionOf(f, child, scenario);
        const submit = await (sockets[i] as FamilySocket).call(
          'mutation',
          'bookings.submit',
          submitInput(submission),
          CONFIG.callTimeoutMs,
        );
        return { submit, submission };
      }),
    ),
  );
  const last = Math.max(...results.map((r) => r.submit.tAck));
  const ok = results.filter((r) => !r.submit.error);
  return {
    results,
    count: results.length,
    errors: results.length - ok.length,
    errorSamples: results.flatMap((r) => (r.submit.error ? [r.submit.error.message] : [])).slice(0, 3),
    elapsedMs: last - t0,
    perSecond: Math.round((ok.length / ((last - t0) / 1000)) * 10) / 10,
    latency: summarize(ok.map((r) => r.submit.ms)),
  };
}

/** The same submissions written by raw pg, as many at once as the pool takes. */
async function baselinePhase(databaseUrl: string, families: RushFamily[], scenario: Scenario) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: CONFIG.writerPool });
  const writer = new RawWriter(pool, 'after-commit');
  try {
    const t0 = now();
    const results = await Promise.all(
      families.flatMap((f) =>
        f.children.map(async (child) => {
          const start = now();
          const outcome = await writer.submit(submissionOf(f, child, scenario));
          return { ms: now() - start, end: now(), outcome };
        }),
      ),
    );
    const elapsedMs = Math.max(...results.map((r) => r.end)) - t0;
    return {
      count: results.length,
      elapsedMs,
      perSecond: Math.round((results.length / (elapsedMs / 1000)) * 10) / 10,
      latency: summarize(results.map((r) => r.ms)),
    };
  } finally {
    await pool.end();
  }
}

/** What the database holds against what the portal answered. */
async function verify(db: pg.Client, answered: { submission: Submission; submit: CallResult }[]) {
  const over = await db.query(
    `select b.unit_id, b.date, count(*)::int as taken, u.daily_capacity from booking b join unit u on u.id = b.unit_id
     where b.state in ('booked', 'cancel_requested') group by b.unit_id, b.date, u.daily_capacity
     having count(*) > u.daily_capacity`,
  );
  const twice = await db.query(
    `select client_mutation_id from reservation where client_mutation_id is not null
     group by client_mutation_id having count(*) > 1`,
  );
  const stored = await db.query<{ id: string; number: string; lines: number }>(
    `select r.client_mutation_id as id, r.number, count(l.id)::int as lines from reservation r
     join reservation_line l on l.reservation_id = r.id group by r.id`,
  );
  const byId = new Map(stored.rows.map((r) => [r.id, r]));
  let lost = 0;
  let unanswered = 0;
  const lostSamples: string[] = [];
  for (const a of answered) {
    const outcome = outcomeOf(a.submit);
    if (a.submit.error || !outcome) {
      unanswered++;
      continue;
    }
    const recorded = outcome.lines.filter((l) => l.state !== 'refused').length;
    const row = byId.get(a.submission.clientMutationId);
    const ok = outcome.reservation
      ? row?.number === outcome.reservation.number && row.lines === recorded
      : row === undefined;
    if (!ok) {
      lost++;
      if (lostSamples.length < 3)
        lostSamples.push(`${a.submission.clientMutationId}: ${JSON.stringify(row)}`);
    }
  }
  return { overCapacity: over.rows, appliedTwice: twice.rows.length, lost, unanswered, lostSamples };
}

/** Resends some answered submissions with their client mutation id: each must come back replayed, unchanged. */
async function replays(sockets: FamilySocket[], done: Done[], db: pg.Client) {
  const before = Number((await db.query('select count(*) from reservation')).rows[0].count);
  const picked = done.filter((d) => outcomeOf(d.submit)?.reservation).slice(0, CONFIG.replays);
  let wrong = 0;
  for (const d of picked) {
    const again = await (sockets[d.family] as FamilySocket).call(
      'mutation',
      'bookings.submit',
      submitInput(d.submission),
    );
    const a = outcomeOf(again);
    if (!a?.replayed || a.reservation?.number !== outcomeOf(d.submit)?.reservation?.number) wrong++;
  }
  const after = Number((await db.query('select count(*) from reservation')).rows[0].count);
  return { resent: picked.length, wrong, newReservations: after - before };
}

/** Waits until every family's socket received `reservation.submitted` for each of its reservations. */
async function liveEvents(sockets: FamilySocket[], done: { family: number; submit: CallResult }[]) {
  const expected = new Map<number, Set<string>>();
  for (const d of done) {
    const number = outcomeOf(d.submit)?.reservation?.number;
    if (!number) continue;
    const set = expected.get(d.family) ?? new Set<string>();
    set.add(number);
    expected.set(d.family, set);
  }
  const missingFamilies = () => {
    let missing = 0;
    for (const [family, numbers] of expected) {
      const got = new Set(
        (sockets[family] as FamilySocket).events
          .filter((e) => e.type === 'reservation.submitted')
          .map((e) => e.number),
      );
      if ([...numbers].some((n) => !got.has(n))) missing++;
    }
    return missing;
  };
  await waitUntil(() => missingFamilies() === 0, CONFIG.eventsTimeoutMs, 200);
  const latencies: number[] = [];
  for (const d of done) {
    const number = outcomeOf(d.submit)?.reservation?.number;
    const event = (sockets[d.family] as FamilySocket).events.find((e) => e.number === number);
    if (event) latencies.push(event.t - d.submit.tAck);
  }
  return {
    families: expected.size,
    missingFamilies: missingFamilies(),
    expectedEvents: [...expected.values()].reduce((n, s) => n + s.size, 0),
    /** From the submit's answer reaching the family to its event reaching the same socket. */
    afterAnswer: summarize(latencies),
  };
}

const fmt = (s: Summary) => (s.count ? `${s.p50}/${s.p95}/${s.p99}` : 'n/a');

async function run(ctx: BenchContext): Promise<BenchResult> {
  const notes: string[] = [];
  const rows: Row[] = [];
  const n = CONFIG.families;
  const capacity = Math.max(1, Math.round(CONFIG.capacityShare * n));
  if (n + CONFIG.abuserSessions + 200 > ctx.fdLimit)
    notes.push(`open-file limit ${ctx.fdLimit} may be too low for ${n} sockets`);
  const db = await createBenchDatabase(ctx.adminUrl);
  const figures: Record<string, unknown> = { config: { ...CONFIG, capacity }, database: db.name };
  let portal: Awaited<ReturnType<typeof startPortal>> | undefined;
  const sockets: FamilySocket[] = [];
  const abuserSockets: FamilySocket[] = [];
  const admin = new pg.Client({ connectionString: db.url });
  try {
    ctx.log(`database ${db.name}: seeding ${n} families (+1 abusive), capacity ${capacity} per unit and day`);
    const seed = await seedRush(db.url, {
      families: n + 1,
      scenarios: ['rush', 'rush-abused', 'burst', 'baseline'],
      capacity,
      poolDays: CONFIG.poolDays,
    });
    const families = seed.families.slice(0, n);
    const abuserFamily = seed.families[n] as RushFamily;
    const abuserTokens = await signSessions(db.url, abuserFamily, CONFIG.abuserSessions);
    const { rush, burst, baseline } = seed.scenarios as Record<'rush' | 'burst' | 'baseline', Scenario>;
    const rushAbused = seed.scenarios['rush-abused'] as Scenario;
    await admin.connect();

    portal = await startPortal(ctx, db.url);
    const url = portal.url;
    ctx.log(`  connecting ${n} family sockets (subscribed to live.events)`);
    const t0 = now();
    for (let i = 0; i < n; i += 200) {
      const batch = families
        .slice(i, i + 200)
        .map((f, k) => FamilySocket.open(url, f.token, familyAddress(i + k)));
      sockets.push(...(await Promise.all(batch)));
    }
    for (const token of abuserTokens) abuserSockets.push(await FamilySocket.open(url, token, ABUSER_ADDRESS));
    figures.connectMs = Math.round(now() - t0);

    ctx.log(`  rush: ${n} families over 2 × ${CONFIG.windowS / 2} s, abusive client during the second half`);
    // Two halves at the same pace, the second with the abusive client, each drained before the next and each
    // on its own facility: neither the first half's backlog nor its bookings (which every planning counts)
    // are blamed on the abuser.
    const halfMs = (CONFIG.windowS * 1000) / 2;
    const middle = Math.floor(n / 2);
    const first = await rushHalf(
      sockets,
      families,
      { from: 0, to: middle, windowMs: halfMs },
      rush,
      undefined,
    );
    const second = await rushHalf(sockets, families, { from: middle, to: n, windowMs: halfMs }, rushAbused, {
      sockets: abuserSockets,
      family: abuserFamily,
    });
    const r = {
      done: [...first.done, ...second.done],
      abuse: second.abuse,
      elapsedMs: first.elapsedMs + second.elapsedMs,
    };
    const ok = r.done.filter((d) => !d.submit.error);
    const quiet = summarize(first.done.filter((d) => !d.submit.error).map((d) => d.submit.ms));
    const abused = summarize(second.done.filter((d) => !d.submit.error).map((d) => d.submit.ms));
    const all = summarize(ok.map((d) => d.submit.ms));
    const planning = summarize(r.done.filter((d) => !d.planning.error).map((d) => d.planning.ms));
    const errors = r.done.filter((d) => d.submit.error || d.planning.error);
    ctx.log(
      `  rush: ${r.done.length} submissions in ${Math.round(r.elapsedMs / 1000)} s, p50/p95/p99 ${fmt(all)} ms ` +
        `(without abuser ${fmt(quiet)}, with ${fmt(abused)}), ${errors.length} errors; abuser ${JSON.stringify(r.abuse)}`,
    );
    const events = await liveEvents(sockets, r.done);
    const rushCheck = await verify(admin, r.done);
    const replay = await replays(sockets, r.done, admin);
    figures.rush = {
      submissions: r.done.length,
      elapsedMs: r.elapsedMs,
      perSecond: Math.round((r.done.length / (r.elapsedMs / 1000)) * 10) / 10,
      submit: all,
      submitWithoutAbuser: quiet,
      submitWithAbuser: abused,
      planning,
      errors: errors.length,
      errorSamples: errors.slice(0, 3).map((d) => d.submit.error?.message ?? d.planning.error?.message),
      accepted: ok.reduce(
        (k, d) => k + (outcomeOf(d.submit)?.lines.filter((l) => l.state === 'accepted').length ?? 0),
        0,
      ),
      requested: ok.reduce(
        (k, d) => k + (outcomeOf(d.submit)?.lines.filter((l) => l.state === 'requested').length ?? 0),
        0,
      ),
      refused: ok.reduce(
        (k, d) => k + (outcomeOf(d.submit)?.lines.filter((l) => l.state === 'refused').length ?? 0),
        0,
      ),
      abuser: r.abuse,
      liveEvents: events,
      check: rushCheck,
      replays: replay,
    };

    let burstFigures: Awaited<ReturnType<typeof burstPhase>> | undefined;
    let baseFigures: Awaited<ReturnType<typeof baselinePhase>> | undefined;
    if (Date.now() > ctx.deadline) notes.push('burst and baseline skipped: time budget spent');
    else {
      const bursting = families.slice(0, CONFIG.burstFamilies);
      const count = bursting.reduce((k, f) => k + f.children.length, 0);
      ctx.log(`  burst: every child's submission at once (${count})`);
      burstFigures = await burstPhase(sockets, bursting, burst);
      ctx.log(
        `  burst: ${burstFigures.perSecond}/s, p50/p95/p99 ${fmt(burstFigures.latency)} ms, ${burstFigures.errors} errors`,
      );
      const burstCheck = await verify(admin, burstFigures.results);
      ctx.log('  baseline: the same rows by raw pg, one transaction per submission, same locks');
      baseFigures = await baselinePhase(db.url, bursting, baseline);
      ctx.log(`  baseline: ${baseFigures.perSecond}/s, p50/p95/p99 ${fmt(baseFigures.latency)} ms`);
      const { results: _, ...burstSummary } = burstFigures;
      figures.burst = { ...burstSummary, check: burstCheck };
      figures.baseline = baseFigures;
    }
    const overall = await verify(admin, []);

    const row = (x: Omit<Row, 'benchmark' | 'n'>): Row => ({ benchmark: 'rush', n, ...x });
    if (burstFigures && baseFigures) {
      const tr = ratio(burstFigures.perSecond, baseFigures.perSecond);
      rows.push(
        row({
          measure: 'submissions/s, all at once (burst)',
          figure: String(burstFigures.perSecond),
          baseline: `${baseFigures.perSecond} raw pg`,
          ratio: tr,
          goal: '≥ 0.40x',
          verdict:
            tr === null
              ? 'N/A'
              : tr >= CONFIG.goalThroughputRatio && burstFigures.errors === 0
                ? 'PASS'
                : 'FAIL',
        }),
      );
      rows.push(
        row({
          measure: 'burst submit latency p50/p95/p99 ms (queueing)',
          figure: fmt(burstFigures.latency),
          baseline: `${fmt(baseFigures.latency)} raw pg`,
          ratio: ratio(burstFigures.latency.p95, baseFigures.latency.p95),
          goal: 'info',
          verdict: 'INFO',
        }),
      );
    }
    rows.push(
      row({
        measure: `submit latency p50/p95/p99 ms, one-minute rush (${r.done.length} subs)`,
        figure: fmt(quiet),
        baseline: 'absolute goal',
        ratio: null,
        goal: `p95 < ${CONFIG.goalP95Ms} ms`,
        verdict:
          quiet.count === 0 ? 'N/A' : quiet.p95 < CONFIG.goalP95Ms && errors.length === 0 ? 'PASS' : 'FAIL',
      }),
    );
    const ar = ratio(abused.p95, quiet.p95);
    rows.push(
      row({
        measure: 'other families p50/p95/p99 ms with an abusive client',
        figure: fmt(abused),
        baseline: `${fmt(quiet)} without`,
        ratio: ar,
        goal: `p95 ≤ ${CONFIG.goalAbuseRatio}x`,
        verdict: ar === null ? 'N/A' : ar <= CONFIG.goalAbuseRatio ? 'PASS' : 'FAIL',
      }),
    );
    rows.push(
      row({
        measure: 'abusive client: refused/attempts (admitted)',
        figure: r.abuse ? `${r.abuse.refused}/${r.abuse.attempts} (${r.abuse.admitted})` : 'n/a',
        baseline: '',
        ratio: null,
        goal: 'refused past the limits',
        verdict: r.abuse && r.abuse.refused > 0 && r.abuse.otherErrors === 0 ? 'PASS' : 'FAIL',
      }),
    );
    rows.push(
      row({
        measure: 'units over capacity / submissions lost / applied twice',
        figure: `${overall.overCapacity.length} / ${rushCheck.lost + rushCheck.unanswered} / ${overall.appliedTwice + replay.wrong + replay.newReservations}`,
        baseline: '',
        ratio: null,
        goal: '0 / 0 / 0',
        verdict:
          overall.overCapacity.length === 0 &&
          rushCheck.lost + rushCheck.unanswered === 0 &&
          overall.appliedTwice + replay.wrong + replay.newReservations === 0
            ? 'PASS'
            : 'FAIL',
      }),
    );
    rows.push(
      row({
        measure: 'families whose live events all arrived',
        figure: `${events.families - events.missingFamilies}/${events.families}`,
        baseline: '',
        ratio: null,
        goal: 'all',
        verdict: events.missingFamilies === 0 && events.families > 0 ? 'PASS' : 'FAIL',
      }),
    );
    return { rows, figures, notes };
  } finally {
    await Promise.all([...sockets, ...abuserSockets].map((s) => s.close()));
    await portal?.server.stop();
    await admin.end().catch(() => {});
    await dropBenchDatabase(ctx.adminUrl, db.name);
  }
}

export const benchmark: Benchmark = {
  name: 'rush',
  description: `${CONFIG.families} families submit their plannings over WebSockets within a minute, then all at once`,
  run,
};
