import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** Wall-clock milliseconds with sub-millisecond resolution, comparable between processes of this machine. */
export const now = () => performance.timeOrigin + performance.now();

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const probe = fileURLToPath(new URL('../servers/probe.ts', import.meta.url));

export function hasTaskset(): boolean {
  try {
    execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Pins every thread of this process (the load generator) to `cpu`; threads started later inherit it. */
export function pinSelf(cpu: string): boolean {
  try {
    execFileSync('taskset', ['-a', '-p', '-c', cpu, String(process.pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function openFileLimit(): number {
  try {
    const out = execFileSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' }).trim();
    return out === 'unlimited' ? Number.POSITIVE_INFINITY : Number(out);
  } catch {
    return Number.NaN;
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Every child this run started, so that an abort can end them (and only them) by pid. */
const children = new Set<ChildProcess>();
export function killAllChildren(): void {
  for (const child of children) if (child.exitCode === null && child.pid) child.kill('SIGKILL');
}

type Reply = { rid: number } & Record<string, unknown>;

/**
 * A server the benchmark started as a child process, pinned to `cpu` with taskset when there is one,
 * preloaded with the probe (forced GC, clock) and talked to over an IPC channel.
 */
export class ServerProcess {
  readonly name: string;
  readonly proc: ChildProcess;
  readonly exited: Promise<number | null>;
  readonly #pending = new Map<number, (reply: Reply) => void>();
  readonly #listeners = new Set<(message: Record<string, unknown>) => void>();
  readonly #output: string[] = [];
  #rid = 0;

  constructor(
    name: string,
    script: string,
    options: { env: Record<string, string>; cpu: string | null; args?: string[] },
  ) {
    this.name = name;
    const nodeArgs = ['--expose-gc', '--import', probe, script, ...(options.args ?? [])];
    const [command, args] = options.cpu
      ? ['taskset', ['-c', options.cpu, process.execPath, ...nodeArgs]]
      : [process.execPath, nodeArgs];
    this.proc = spawn(command as string, args as string[], {
      cwd: repoRoot,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    children.add(this.proc);
    for (const stream of [this.proc.stdout, this.proc.stderr]) {
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => {
        this.#output.push(...chunk.split('\n').filter(Boolean));
        if (this.#output.length > 200) this.#output.splice(0, this.#output.length - 200);
      });
    }
    this.proc.on('message', (message: Reply) => {
      const resolve = typeof message?.rid === 'number' ? this.#pending.get(message.rid) : undefined;
      if (resolve) {
        this.#pending.delete(message.rid);
        resolve(message);
      }
      for (const listener of this.#listeners) listener(message);
    });
    this.exited = new Promise((resolve) => {
      this.proc.once('exit', (code) => {
        children.delete(this.proc);
        resolve(code);
      });
    });
  }

  get pid(): number {
    return this.proc.pid as number;
  }

  /** The last lines the child printed, to explain a failure. */
  output(): string {
    return this.#output.slice(-30).join('\n');
  }

  request<T extends Record<string, unknown>>(
    message: Record<string, unknown>,
    timeoutMs = 30_000,
  ): Promise<T> {
    const rid = ++this.#rid;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(rid);
        reject(new Error(`${this.name}: no answer to ${String(message.type)} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#pending.set(rid, (reply) => {
        clearTimeout(timer);
        resolve(reply as unknown as T);
      });
      this.proc.send({ ...message, rid });
    });
  }

  /** Waits for a message of `type` the child sends by itself (e.g. `ready`), or for its exit. */
  waitFor(type: string, timeoutMs: number): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#listeners.delete(listener);
        reject(new Error(`${this.name}: no ${type} within ${timeoutMs} ms\n${this.output()}`));
      }, timeoutMs);
      const listener = (message: Record<string, unknown>) => {
        if (message?.type !== type) return;
        clearTimeout(timer);
        this.#listeners.delete(listener);
        resolve(message);
      };
      this.#listeners.add(listener);
      this.exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`${this.name} exited (${code}) before ${type}\n${this.output()}`));
      });
    });
  }

  /** VmRSS of the child, in KiB, read from /proc. */
  rssKb(): number {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) : Number.NaN;
  }

  /** RSS and V8 heap after a forced full GC in the child (the probe answers once it has collected). */
  async memory(): Promise<{
    rssKb: number;
    heapUsedKb: number;
    heapTotalKb: number;
    externalKb: number;
    gc: boolean;
    spaces: Record<string, { committedKb: number; usedKb: number }>;
  }> {
    const reply = await this.request<{
      heapUsed: number;
      heapTotal: number;
      external: number;
      collected: boolean;
      spaces: Record<string, { committedKb: number; usedKb: number }>;
    }>({
      type: 'gc',
    });
    await sleep(100);
    return {
      rssKb: this.rssKb(),
      heapUsedKb: Math.round(reply.heapUsed / 1024),
      heapTotalKb: Math.round(reply.heapTotal / 1024),
      externalKb: Math.round(reply.external / 1024),
      gc: reply.collected,
      spaces: reply.spaces,
    };
  }

  /**
   * The child's clock minus ours, from the IPC round trip with the smallest delay (NTP-style midpoint): the
   * error is at most half that round trip.
   */
  async clockOffset(samples = 30): Promise<{ offsetMs: number; errorMs: number }> {
    let best = { offsetMs: 0, errorMs: Number.POSITIVE_INFINITY };
    for (let i = 0; i < samples; i++) {
      const t1 = now();
      const { t } = await this.request<{ t: number }>({ type: 'clock' });
      const t3 = now();
      if ((t3 - t1) / 2 < best.errorMs) best = { offsetMs: t - (t1 + t3) / 2, errorMs: (t3 - t1) / 2 };
    }
    return best;
  }

  /** SIGTERM, then SIGKILL if the child has not exited within `timeoutMs`. */
  async stop(timeoutMs = 15_000): Promise<void> {
    if (this.proc.exitCode !== null || this.proc.signalCode !== null) return;
    this.proc.kill('SIGTERM');
    const killed = await Promise.race([this.exited.then(() => false), sleep(timeoutMs).then(() => true)]);
    if (killed) {
      this.proc.kill('SIGKILL');
      await this.exited;
    }
  }
}

/** Polls `probe` until it returns true, at most `timeoutMs`. */
export async function waitUntil(probe: () => Promise<boolean> | boolean, timeoutMs: number, everyMs = 50) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe()) return true;
    if (Date.now() > deadline) return false;
    await sleep(everyMs);
  }
}
