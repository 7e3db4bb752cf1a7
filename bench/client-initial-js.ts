/**
 * client-initial-js: the JavaScript a visitor's phone downloads to open the home page (where «Connexion à votre
 * espace» is), gzipped, beside a bare SolidJS + router page built with the same Vite configuration and served
 * by the same server. See bench/README.md.
 */
import { gzipSync } from 'node:zlib';
import { type Browser, chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../e2e/chromium.ts';
import { clientBuilds, startSites } from './lib/client-sites.ts';
import { type Benchmark, type BenchResult, ratio } from './lib/report.ts';

const GOAL_RATIO = 1.5;
const GOAL_KB = 60;
/** A page that never settles must not hold the run. */
const PAGE_TIMEOUT_MS = 30_000;

type Script = { url: string; rawBytes: number; gzipBytes: number };

/**
 * Every script the page loads until the network has been quiet for half a second after `load`: the entry, its
 * static imports, and whatever the page imports on its own before anyone touches it. No service worker (it
 * would fetch the whole precache besides). Each file is gzipped here at level 9, as a server precompresses.
 */
async function initialScripts(browser: Browser, url: string): Promise<Script[]> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const bodies = new Map<string, Promise<Buffer>>();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') bodies.set(response.url(), response.body());
    });
    await page.goto(url, { waitUntil: 'networkidle', timeout: PAGE_TIMEOUT_MS });
    const scripts: Script[] = [];
    for (const [scriptUrl, body] of bodies) {
      const bytes = await body;
      scripts.push({
        url: new URL(scriptUrl).pathname,
        rawBytes: bytes.length,
        gzipBytes: gzipSync(bytes, { level: 9 }).length,
      });
    }
    return scripts;
  } finally {
    await context.close();
  }
}

const total = (scripts: Script[]) => scripts.reduce((sum, s) => sum + s.gzipBytes, 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export const benchmark: Benchmark = {
  name: 'client-initial-js',
  description: 'gzipped JavaScript loaded by the home/login page, against a bare SolidJS + router page',
  async run(context): Promise<BenchResult> {
    context.log('client-initial-js: building the portal and the bare page (same Vite config)');
    const builds = await clientBuilds();
    const sites = await startSites({ adminUrl: context.adminUrl, serverCpu: context.serverCpu, builds });
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    try {
      const portal = await initialScripts(browser, `${sites.portal}/`);
      const bare = await initialScripts(browser, `${sites.bare}/`);
      const figure = total(portal);
      const baseline = total(bare);
      const r = ratio(figure, baseline);
      const pass = r !== null && r <= GOAL_RATIO && figure < GOAL_KB * 1024;
      context.log(`client-initial-js: portal ${kb(figure)} in ${portal.length} files, bare ${kb(baseline)}`);
      return {
        rows: [
          {
            benchmark: 'client-initial-js',
            measure: 'home page JS before interaction (gzip -9)',
            n: portal.length,
            figure: kb(figure),
            baseline: `${kb(baseline)} (bare Solid + router)`,
            ratio: r,
            goal: `≤ ${GOAL_RATIO}x and < ${GOAL_KB} KB`,
            verdict: pass ? 'PASS' : 'FAIL',
          },
        ],
        figures: { portal, bare, portalGzipBytes: figure, bareGzipBytes: baseline },
        notes: [
          'n is the number of script files the home page loads before interaction (service worker blocked)',
        ],
      };
    } finally {
      await browser.close();
      await sites.stop();
    }
  },
};
