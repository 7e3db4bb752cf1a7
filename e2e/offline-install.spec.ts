import { devices, expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

/** «Installer l'application»: the browser's own offer where it makes one, the steps on iPhone and iPad. */

test('le bouton « Installer l’application » apparaît quand le navigateur propose l’installation', async ({
  page,
}) => {
  await page.goto('/');
  const footer = page.getByRole('contentinfo');

  // What Chromium fires once the portal is installable (headless Chromium never does by itself).
  await page.evaluate(() => {
    const offer = new Event('beforeinstallprompt', { cancelable: true });
    Object.assign(offer, {
      prompt: async () => {
        (window as { proposé?: boolean }).proposé = true;
      },
      userChoice: Promise.resolve({ outcome: 'accepted' }),
    });
    window.dispatchEvent(offer);
  });
  const install = footer.getByRole('region', { name: 'Installer l’application' });
  await expect(install).toContainText(
    'Ouvrez le Portail Famille comme une application, même sans connexion.',
  );
  await expectNoAxeViolations(page);
  await install.getByRole('button', { name: 'Installer l’application' }).click();
  expect(await page.evaluate(() => (window as { proposé?: boolean }).proposé)).toBe(true);
  await expect(install.getByRole('status')).toHaveText(
    'Le Portail Famille est installé : retrouvez-le parmi vos applications.',
  );
  await expect(install.getByRole('button')).toHaveCount(0);
});

test('sur iPhone, le portail explique « Partager » puis « Sur l’écran d’accueil »', async ({
  browser,
}, info) => {
  const iPhone = devices['iPhone 13'];
  const context = await browser.newContext({
    baseURL: info.project.use.baseURL,
    locale: 'fr-FR',
    userAgent: iPhone.userAgent,
    viewport: iPhone.viewport,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto('/');
  const install = page.getByRole('contentinfo').getByRole('region', { name: 'Installer l’application' });
  await expect(install).toContainText(
    'Sur iPhone ou iPad, dans Safari : touchez Partager puis Sur l’écran d’accueil.',
  );
  await expect(install.getByRole('button')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await context.close();
});
