export type Verdict = 'PASS' | 'FAIL' | 'INFO' | 'N/A';

/** One line of the final table: a figure beside its baseline measured in the same run. */
export type Row = {
  benchmark: string;
  measure: string;
  n: number | null;
  figure: string;
  baseline: string;
  /** figure / baseline, on the quantity the goal is about */
  ratio: number | null;
  goal: string;
  verdict: Verdict;
};

export type BenchContext = {
  /** CPU list for servers (`taskset -c`), null when pinning is not possible. */
  serverCpu: string | null;
  adminUrl: string;
  /** Epoch ms after which a benchmark must skip what is left and return. */
  deadline: number;
  fdLimit: number;
  log: (message: string) => void;
};

export type BenchResult = { rows: Row[]; figures: unknown; notes: string[] };

export type Benchmark = {
  name: string;
  description: string;
  run: (context: BenchContext) => Promise<BenchResult>;
};

export const ratio = (figure: number, baseline: number) =>
  Number.isFinite(figure) && Number.isFinite(baseline) && baseline > 0
    ? Math.round((figure / baseline) * 100) / 100
    : null;

export function renderTable(rows: Row[]): string {
  const header = ['Benchmark', 'Measure', 'N', 'Figure', 'Baseline (same run)', 'Ratio', 'Goal', 'Verdict'];
  const cells = rows.map((r) => [
    r.benchmark,
    r.measure,
    r.n === null ? '' : String(r.n),
    r.figure,
    r.baseline,
    r.ratio === null ? '' : `${r.ratio.toFixed(2)}x`,
    r.goal,
    r.verdict,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] as string).length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i] as number)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}
