/**
 * client-offline-start: an installed app opened with no network, to the planning grid shown. Chromium with its
 * own profile signs in as the demo parent, opens a child's planning once online, then closes; each measured
 * start is a new Chromium on that profile, offline, opening the planning's address, timed from the navigation's
 * start to the grid's first cell in the page. Baseline: the same app's empty shell (its 404 page, which needs no
 * data), precached by the same service worker and opened the same way. See bench/README.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../e2e/chromium.ts';
import { clientBuilds, median, startSites } from './lib/client-sites.ts';
import { type Benchmark, type BenchResult, ratio } from './lib/report.ts';

const RUNS = Number(process.env.BENCH_OFFLINE_RUNS ?? 5);
const GOAL_MS = 1000;
const GOAL_RATIO = 1.5;
const STEP_TIMEOUT_MS = 30_000;
const parent = { email: 'parent@demo.fr', password: 'Demo-parent-2026' };
const gridCell = '.grid__days button';
const emptyShell = { path: '/banc-page-vide', selector: 'main h1' };

/** A phone, as parents open the app at the canteen's door. */
const openProfile = (dir: string, offline: boolean) =>
  chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath,
    args: chromiumArgs,
    offline,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
  });

async function call<T>(
  base: string,
  route: string,
  init: { token?: string; input?: unknown; post?: boolean },
) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  const response = init.post
    ? await fetch(`${base}/trpc/${route}`, { method: 'POST', headers, body: JSON.stringify(init.input) })
    : await fetch(`${base}/trpc/${route}?input=${encodeURIComponent(JSON.stringify(init.input ?? null))}`, {
        headers,
      });
  const body = (await response.json()) as { result?: { data: T }; error?: { message: string } };
  if (!body.result) throw new Error(`${route}: ${body.error?.message ?? response.status}`);
  return body.result.data;
}

/** The demo parent's first child with a period open to booking: its planning's address. */
async function planningPath(base: string): Promise<string> {
  const { accessToken: token } = await call<{ accessToken: string }>(base, 'auth.login', {
    input: parent,
    post: true,
  });
  const children = await call<{ id: number }[]>(base, 'bookings.children', { token });
  for (const child of children) {
    const choices = await call<{ periods: { id: number }[] }[]>(base, 'bookings.choices', {
      token,
      input: { childId: child.id },
    });
    const period = choices.flatMap((c) => c.periods)[0];
    if (period) return `/reservations/nouvelle/${child.id}/${period.id}`;
  }
  throw new Error('no demo child with a period open to booking');
}

/** Online, once: the service worker installed, the parent signed in, the planning read and kept. */
async function prepareProfile(dir: string, base: string, planning: string) {
  const context = await openProfile(dir, false);
  try {
    context.setDefaultTimeout(STEP_TIMEOUT_MS);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${base}/`);
    // Browser code as strings: the bench is type-checked without the DOM's types.
    await page.evaluate('navigator.serviceWorker.ready.then(() => undefined)');
    await page.reload();
    const login = page.getByRole('region', { name: 'Connexion à votre espace' });
    await login.getByLabel('Identifiant', { exact: true }).fill(parent.email);
    await login.getByLabel('Mot de passe', { exact: true }).fill(parent.password);
    await login.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
    await page.goto(`${base}${planning}`);
    await page.locator(gridCell).first().waitFor();
    // The planning's answer is written to IndexedDB after it shows: wait for the record.
    const name = `bookings.planning:${planning.split('/').slice(-2).join(':')}`;
    const kept = `new Promise((resolve) => {
      const open = indexedDB.open('portail-famille');
      open.onerror = () => resolve(false);
      open.onsuccess = () => {
        const keys = open.result.transaction('reads').objectStore('reads').getAllKeys();
        keys.onsuccess = () => resolve(keys.result.some((k) => String(k).endsWith(${JSON.stringify(`|${name}`)})));
        keys.onerror = () => resolve(false);
      };
    })`;
    const until = Date.now() + STEP_TIMEOUT_MS;
    while (!(await page.evaluate(kept))) {
      if (Date.now() > until) throw new Error(`${name} not kept in IndexedDB`);
      await page.waitForTimeout(200);
    }
  } finally {
    await context.close();
  }
}

/** One cold start offline: milliseconds from the navigation's start to `selector` in the page. */
async function coldStart(dir: string, url: string, selector: string): Promise<number> {
  let context: BrowserContext | undefined;
  try {
    context = await openProfile(dir, true);
    context.setDefaultTimeout(STEP_TIMEOUT_MS);
    // Notes the moment `selector` enters the page, from the navigation's start (performance.now()).
    await context.addInitScript(`new MutationObserver(() => {
      if (window.shownAt === undefined && document.querySelector(${JSON.stringify(selector)})) {
        window.shownAt = performance.now();
      }
    }).observe(document, { subtree: true, childList: true });`);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url, { waitUntil: 'commit' });
    await page.locator(selector).first().waitFor({ state: 'visible' });
    const at = (await page.evaluate('window.shownAt')) as number | undefined;
    if (at === undefined) throw new Error(`${selector} not seen by the observer`);
    return at;
  } finally {
    await context?.close();
  }
}

export const benchmark: Benchmark = {
  name: 'client-offline-start',
  description: `offline cold start to the planning grid, ${RUNS} starts, against the app's empty shell`,
  async run(context): Promise<BenchResult> {
    const builds = await clientBuilds();
    const sites = await startSites({ adminUrl: context.adminUrl, serverCpu: context.serverCpu, builds });
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-offline-profile-'));
    const planning: number[] = [];
    const shell: number[] = [];
    const notes: string[] = [];
    try {
      const route = await planningPath(sites.portal);
      await prepareProfile(dir, sites.portal, route);
      context.log(`client-offline-start: profile ready (${route}), measuring offline starts`);
      for (let i = 0; i < RUNS; i++) {
        if (Date.now() > context.deadline) {
          notes.push(`stopped after ${i} starts: the run's time budget is spent`);
          break;
        }
        planning.push(await coldStart(dir, `${sites.portal}${route}`, gridCell));
        shell.push(await coldStart(dir, `${sites.portal}${emptyShell.path}`, emptyShell.selector));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await sites.stop();
    }
    if (planning.length === 0) throw new Error('no offline start measured');
    const figure = median(planning);
    const baseline = median(shell);
    const r = ratio(figure, baseline);
    const pass = figure <= GOAL_MS && r !== null && r <= GOAL_RATIO;
    notes.push(
      'median of n cold starts each (a new Chromium per start), planning and empty shell alternating',
    );
    return {
      rows: [
        {
          benchmark: 'client-offline-start',
          measure: 'offline cold start to the planning grid',
          n: planning.length,
          figure: `${Math.round(figure)} ms`,
          baseline: `${Math.round(baseline)} ms (empty shell, same SW)`,
          ratio: r,
          goal: `≤ ${GOAL_MS} ms and ≤ ${GOAL_RATIO}x`,
          verdict: pass ? 'PASS' : 'FAIL',
        },
      ],
      figures: { planningMs: planning, emptyShellMs: shell },
      notes,
    };
  },
};
