/**
 * client-lighthouse: Lighthouse's mobile performance audit (its default: a mid-range phone, simulated slow 4G
 * and 4x CPU slowdown) of the home/login page served by the portal's own server, beside the bare SolidJS page
 * served the same way. Runs alternate between the two; medians are reported. See bench/README.md.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../e2e/chromium.ts';
import { clientBuilds, median, startSites } from './lib/client-sites.ts';
import { type Benchmark, type BenchResult, type Row, ratio } from './lib/report.ts';

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
/** One audit takes 15–30 s on a busy two-core machine; past this it is abandoned and its browser killed. */
const AUDIT_TIMEOUT_MS = 120_000;

type Audit = {
  score: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  /** The longest main-thread tasks (simulated durations), with the script Lighthouse blames: where TBT comes from. */
  longTasks: { url: string; startMs: number; durationMs: number }[];
};

async function audit(url: string): Promise<Audit> {
  const chrome = await launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumArgs],
    logLevel: 'silent',
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`Lighthouse: no result within ${AUDIT_TIMEOUT_MS} ms`)),
        AUDIT_TIMEOUT_MS,
      );
    });
    const result = await Promise.race([
      lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: ['performance'] }),
      timeout,
    ]);
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse: no report');
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const tasks = (lhr.audits['long-tasks']?.details as { items?: Record<string, unknown>[] } | undefined)
      ?.items;
    return {
      score: Math.round((lhr.categories.performance?.score ?? Number.NaN) * 100),
      lcpMs: value('largest-contentful-paint'),
      tbtMs: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      fcpMs: value('first-contentful-paint'),
      longTasks: (tasks ?? []).slice(0, 8).map((t) => ({
        url: String(t.url ?? ''),
        startMs: Math.round(Number(t.startTime)),
        durationMs: Math.round(Number(t.duration)),
      })),
    };
  } finally {
    clearTimeout(timer);
    chrome.kill();
  }
}

type Metric = {
  key: Exclude<keyof Audit, 'longTasks'>;
  measure: string;
  goal: string;
  pass: (v: number) => boolean;
  show: (v: number) => string;
};

const metrics: Metric[] = [
  {
    key: 'score',
    measure: 'performance score (mobile)',
    goal: '≥ 95',
    pass: (v) => v >= 95,
    show: (v) => String(v),
  },
  {
    key: 'lcpMs',
    measure: 'LCP',
    goal: '≤ 2.5 s',
    pass: (v) => v <= 2500,
    show: (v) => `${(v / 1000).toFixed(2)} s`,
  },
  {
    key: 'tbtMs',
    measure: 'TBT',
    goal: '≤ 200 ms',
    pass: (v) => v <= 200,
    show: (v) => `${Math.round(v)} ms`,
  },
  { key: 'cls', measure: 'CLS', goal: '≤ 0.1', pass: (v) => v <= 0.1, show: (v) => v.toFixed(3) },
];

export const benchmark: Benchmark = {
  name: 'client-lighthouse',
  description: `Lighthouse mobile (default throttling) of the home/login page, ${RUNS} runs each, against the bare Solid page`,
  async run(context): Promise<BenchResult> {
    const builds = await clientBuilds();
    const sites = await startSites({ adminUrl: context.adminUrl, serverCpu: context.serverCpu, builds });
    const portal: Audit[] = [];
    const bare: Audit[] = [];
    const notes: string[] = [];
    try {
      for (let i = 0; i < RUNS; i++) {
        if (Date.now() > context.deadline) {
          notes.push(`stopped after ${i} runs: the run's time budget is spent`);
          break;
        }
        portal.push(await audit(`${sites.portal}/`));
        bare.push(await audit(`${sites.bare}/`));
        context.log(
          `client-lighthouse: run ${i + 1}/${RUNS}: portal ${portal.at(-1)?.score}, bare ${bare.at(-1)?.score}`,
        );
      }
    } finally {
      await sites.stop();
    }
    if (portal.length === 0) throw new Error('no Lighthouse run finished');
    const rows: Row[] = metrics.map((m) => {
      const figure = median(portal.map((a) => a[m.key]));
      const baseline = median(bare.map((a) => a[m.key]));
      return {
        benchmark: 'client-lighthouse',
        measure: m.measure,
        n: portal.length,
        figure: m.show(figure),
        baseline: `${m.show(baseline)} (bare Solid)`,
        ratio: ratio(figure, baseline),
        goal: m.goal,
        verdict: m.pass(figure) ? 'PASS' : 'FAIL',
      };
    });
    notes.push('medians of n runs each, portal and bare page alternating; Lighthouse 13 mobile defaults');
    return { rows, figures: { portal, bare }, notes };
  },
};
