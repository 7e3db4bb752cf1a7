import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { readMunicipality } from './public-data.ts';

type Manifest = {
  name: string;
  short_name: string;
  lang: string;
  start_url: string;
  display: string;
  icons: { src: string; sizes: string; purpose?: string }[];
};

test('le manifeste rend le Portail Famille installable', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await request.get(href ?? '')).json()) as Manifest;
  expect(manifest).toMatchObject({
    name: 'Portail Famille',
    short_name: 'Portail Famille',
    lang: 'fr',
    start_url: '/',
    display: 'standalone',
  });
  expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(
    expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
  );
  for (const icon of manifest.icons) {
    const response = await request.get(`/${icon.src}`);
    expect(response.headers()['content-type'], icon.src).toBe('image/png');
  }
});

test('hors connexion, le portail s’ouvre sur les documents gardés, garde le contact du S.E.J. et se recharge au retour du réseau', async ({
  page,
  context,
  request,
}) => {
  const municipality = await readMunicipality(request);
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload(); // now controlled by the service worker
  await expect(page.getByRole('link', { name: /PDF, \d+ Ko$/ }).first()).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Bienvenue sur le Portail Famille' }),
  ).toBeVisible();
  // The list read online was kept on the device: it shows, with the time it was read.
  const documents = page.getByRole('region', { name: 'Télécharger les documents' });
  await expect(documents.getByRole('link', { name: /PDF, \d+ Ko$/ }).first()).toBeVisible();
  await expect(documents.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText(/^Hors ligne — données du \d\d\/\d\d\/\d{4} \d\d:\d\d$/)).toBeVisible();
  await expectNoAxeViolations(page);

  // The S.E.J.'s contact stays readable offline: the last card read is kept on the device.
  await expect(page.getByRole('contentinfo').getByRole('link', { name: municipality.phone })).toBeVisible();

  await context.setOffline(false); // back online, the page reads again by itself
  await expect(page.getByText(/^Hors ligne — données du/)).toHaveCount(0);
  await expect(documents.getByRole('link', { name: /PDF, \d+ Ko$/ }).first()).toBeVisible();
  await expect(documents.getByRole('alert')).toHaveCount(0);
});
