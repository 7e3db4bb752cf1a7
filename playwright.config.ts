import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './e2e/chromium.ts';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

const launchOptions = { executablePath: chromiumPath, args: chromiumArgs };

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [
    {
      // Parents use the portal mostly on a phone; staff work at a desk. The parents' own flows (bookings,
      // invoices, offline, menus, their account) run on the phone project only: on a desktop they drive the
      // same elements (the layout differs by CSS alone) and would double CI's longest part. The home page,
      // sign-in, sessions and the flows shared with staff run on both.
      name: 'desktop',
      testIgnore: [
        /\/bookings\.spec\.ts$/,
        /\/billing\.spec\.ts$/,
        /\/offline(-install)?\.spec\.ts$/,
        /\/menus\.spec\.ts$/,
        /\/my-account\.spec\.ts$/,
        /\/documents\.spec\.ts$/,
        /\/pwa\.spec\.ts$/,
      ],
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    {
      // The staff console's flows (and the live ones, which pair a parent with an agent) run on the desktop
      // project only.
      name: 'phone',
      testIgnore: [/-staff\.spec\.ts$/, /setup\.spec\.ts$/, /live\.spec\.ts$/],
      use: {
        ...devices['Pixel 7'],
        viewport: { width: 360, height: 740 },
        screen: { width: 360, height: 740 },
        isMobile: true,
        hasTouch: true,
        launchOptions,
      },
    },
  ],
  webServer: {
    // The same Node as Playwright (24, from the `node` devDependency under `npm run`), which runs .ts files.
    // Two instances on one database (E2E_PORT and E2E_PORT + 1): serve.ts starts the second once the first is
    // up, so the second's /healthz answering means both are.
    command: `"${process.execPath}" e2e/serve.ts`,
    url: `http://localhost:${port + 1}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    // serve.ts stops both servers, then drops its database or stops PostgreSQL and removes its directory.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
    env: { E2E_PORT: String(port) },
  },
});
