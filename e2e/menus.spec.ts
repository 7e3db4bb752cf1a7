import { type APIRequestContext, expect, test } from '@playwright/test';
import { agent, signIn } from './accounts-api.ts';
import { expectNoAxeViolations } from './axe.ts';
import { signInThroughHome } from './sign-in.ts';

/**
 * «Menus de la semaine» (guide §1, the school menus): public, this week and the next, per kitchen and day,
 * allergens and labels written out; staff type a week and publish it. The demo seeds the central kitchen's
 * menus for this week and the next; the staff test makes a facility of its own (the database is shared by
 * both projects).
 */

async function createKitchen(request: APIRequestContext, token: string, name: string) {
  const response = await request.post('/trpc/setup.saveFacility', {
    headers: { authorization: `Bearer ${token}` },
    data: { name, kind: 'alp', schoolLevels: ['maternelle', 'elementaire'], active: true },
  });
  expect(response.ok(), 'setup.saveFacility').toBe(true);
}

test('les menus de la semaine se lisent depuis l’accueil, avec les allergènes, sur un écran de 360 px', async ({
  page,
}, info) => {
  await page.goto('/');
  await page
    .getByRole('region', { name: 'Télécharger les documents' })
    .getByRole('link', { name: 'Menus de la semaine, jour par jour, avec les allergènes' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Menus de la semaine' })).toBeVisible();
  await expect(page).toHaveTitle(/^Menus de la semaine/);
  const thisWeek = page.getByRole('region', { name: /^Cette semaine — du lundi \d+/ });
  await expect(page.getByRole('region', { name: /^Semaine prochaine — du lundi \d+/ })).toBeVisible();
  const central = thisWeek.getByRole('region', { name: 'Cuisine centrale' });
  const day = central.getByRole('article').first();
  await expect(day.getByRole('heading', { level: 4 })).toHaveText(
    /^(Lundi|Mardi|Mercredi|Jeudi|Vendredi) \d+ /,
  );
  await expect(day.getByRole('term').first()).toHaveText('Entrée');
  // Each allergen is written out; the short mark beside it is not read twice.
  const allergens = day.getByRole('list', { name: 'Allergènes' }).getByRole('listitem');
  expect(await allergens.count()).toBeGreaterThan(0);
  await expect(allergens.first()).toHaveText(/^[A-ZŒ]{2,4}[A-ZÀ-ÖØ-Ýa-zà-öø-ÿœŒ ]+$/); // «LAILait»
  await expectNoAxeViolations(page);

  if (info.project.name === 'phone') {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, 'pas de défilement horizontal à 360 px').toBeLessThanOrEqual(360);
  }
});

test('un agent saisit et publie les menus d’une semaine ; les familles les lisent aussitôt', async ({
  page,
  browser,
  request,
}, info) => {
  test.slow();
  const kitchen = `Cantine Essai ${info.project.name} ${Math.random().toString(36).slice(2, 6)}`;
  await createKitchen(request, await signIn(request, agent.email, agent.password), kitchen);

  await signInThroughHome(page, agent.email, agent.password);
  await page
    .getByRole('navigation', { name: 'Console des agents' })
    .getByRole('link', { name: 'Menus' })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Menus de la restauration scolaire' }),
  ).toBeVisible();
  await page.getByLabel('Cuisine', { exact: true }).selectOption({ label: `${kitchen} (cuisine sur place)` });
  await page.getByRole('button', { name: 'Semaine suivante' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `${kitchen} (cuisine sur place)` })).toBeVisible();
  const monday = page.getByRole('group', { name: /^Lundi \d+ / });
  await expect(monday).toContainText('Non saisi');
  await expectNoAxeViolations(page);

  await monday.getByLabel('Entrée').fill('Radis beurre');
  await monday.getByLabel('Plat').fill('Blanquette de veau');
  await monday.getByLabel('Dessert').fill('Fromage blanc aux fruits');
  const boxes = monday.getByRole('group', { name: 'Allergènes' });
  await boxes.getByRole('checkbox', { name: 'Lait' }).check();
  await boxes.getByRole('checkbox', { name: 'Céleri' }).check();
  await monday
    .getByRole('group', { name: 'Labels' })
    .getByRole('checkbox', { name: 'Produit local' })
    .check();
  await expect(monday).toContainText('Modifié, non enregistré');
  await page.getByRole('button', { name: 'Enregistrer la semaine' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 jour enregistré.' })).toBeVisible();
  await expect(monday).toContainText('Brouillon');

  // Not published yet: families do not see it.
  const visitorContext = await browser.newContext({ baseURL: info.project.use.baseURL, locale: 'fr-FR' });
  const visitor = await visitorContext.newPage();
  await visitor.goto('/menus');
  const nextWeek = visitor.getByRole('region', { name: /^Semaine prochaine/ });
  await expect(nextWeek).toBeVisible();
  await expect(nextWeek.getByRole('region', { name: kitchen })).toHaveCount(0);

  await page.getByRole('button', { name: 'Publier la semaine' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Semaine publiée : 1 jour de menus visibles par les familles.' }),
  ).toBeVisible();
  await expect(monday).toContainText('Publié');
  await expectNoAxeViolations(page);

  await visitor.reload();
  const published = visitor
    .getByRole('region', { name: /^Semaine prochaine/ })
    .getByRole('region', { name: kitchen });
  await expect(published.getByRole('definition').filter({ hasText: 'Blanquette de veau' })).toBeVisible();
  const tags = published.getByRole('list', { name: 'Allergènes' }).getByRole('listitem');
  await expect(tags).toHaveText(['LAILait', 'CELCéleri']); // in the regulation's order
  await expect(published.getByRole('list', { name: 'Labels' })).toHaveText('LOCProduit local');
  await expectNoAxeViolations(visitor);
  await visitorContext.close();
});
