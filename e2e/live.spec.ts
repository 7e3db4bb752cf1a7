import { readFile } from 'node:fs/promises';
import {
  type APIRequestContext,
  type Browser,
  expect,
  type Page,
  type TestInfo,
  test,
} from '@playwright/test';
import { activatedGuardian, agent, uniqueEmail } from './accounts-api.ts';
import { expectNoAxeViolations } from './axe.ts';
import { bookByApi, cell, createPlace, literally, type Place, shortDay } from './places.ts';
import { signInThroughHome } from './sign-in.ts';

/**
 * «Live»: what staff do shows at once on the parent's page, and the other way round, across server instances.
 *
 * Each test makes its own data, so that the tests of this file, which run in parallel, never meet in the
 * shared e2e database: a new family (one child, Noé, élémentaire) and a facility of its own (places.ts).
 * The parent books through the planning as the guide says, then staff decide in «Demandes à traiter».
 */

/** A new family whose guardian can sign in, and the agent's API token (an admin in the demo). */
async function familyAndPlace(request: APIRequestContext, info: TestInfo, tag: string) {
  const guardian = await activatedGuardian(request, uniqueEmail(`direct-${tag}`, info));
  const place = await createPlace(request, guardian.staff, info, { label: 'Centre Essai', tag });
  return { guardian, place, staffToken: guardian.staff };
}

/** Another person on another device, on the first server instance or on the second (port + 1). */
async function visitor(browser: Browser, info: TestInfo, instance: 'first' | 'second' = 'first') {
  const { locale, timezoneId, viewport, isMobile, hasTouch, userAgent, deviceScaleFactor } = info.project.use;
  const base = new URL(info.project.use.baseURL ?? 'http://localhost:3100');
  if (instance === 'second') base.port = String(Number(base.port) + 1);
  const context = await browser.newContext({
    baseURL: base.origin,
    locale,
    timezoneId,
    viewport,
    isMobile,
    hasTouch,
    userAgent,
    deviceScaleFactor,
  });
  return { context, page: await context.newPage(), origin: base.origin };
}

/** Guide §4, from «Nouvelle réservation» to «Confirmer la réservation»; returns the reservation's number. */
async function book(page: Page, place: Place, cells: { unit: 'Atelier' | 'Garderie'; date: string }[]) {
  await page.goto('/reservations/nouvelle');
  await page.getByRole('button', { name: /^Noé Essai/ }).click();
  await page.getByRole('radio', { name: place.name, exact: true }).check();
  await expect(page.getByRole('radio', { name: /Semaine d’essai/ })).toBeChecked(); // the only period
  await page.getByRole('button', { name: 'Continuer' }).click();
  for (const { unit, date } of cells) await cell(page, unit, date).click();
  await page.getByRole('button', { name: 'Valider le planning' }).click();
  await page.getByRole('button', { name: 'Confirmer la réservation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Réservation enregistrée' })).toBeFocused();
  const number = page.getByRole('definition').filter({ hasText: /^R\d{4}-\d{6}$/ });
  await expect(number).toBeVisible();
  return (await number.textContent()) ?? '';
}

/** The agent on «Demandes à traiter», showing the requests of the test's facility only. */
async function openRequests(page: Page, place: Place) {
  await signInThroughHome(page, agent.email, agent.password);
  await page
    .getByRole('navigation', { name: 'Console des agents' })
    .getByRole('link', { name: 'Demandes à traiter' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Demandes à traiter' })).toBeVisible();
  await page.getByLabel('Établissement', { exact: true }).selectOption({ label: place.name });
  // The list shown meanwhile is the unfiltered one: wait until only this facility's lines are left.
  await expect(requestRows(page).filter({ hasNotText: place.name })).toHaveCount(0);
}

/** The lines of «Demandes à traiter» (not the rows that head a reservation of several). */
const requestRows = (page: Page) =>
  page
    .getByRole('table', { name: 'Demandes à traiter' })
    .getByRole('row')
    .filter({ has: page.getByRole('checkbox', { name: /^Sélectionner : / }) });

/** The connection state in the header, in words. */
const indicator = (page: Page) => page.getByRole('banner').getByRole('status');
/** The notices region (bottom of the page): staff's decisions, as the parent reads them. */
const notices = (page: Page) => page.getByRole('status').filter({ hasText: 'Votre demande' });

test('(a) une demande arrive chez l’agent, sa décision chez le parent, sans recharger', async ({
  browser,
  request,
}, info) => {
  test.slow();
  const { guardian, place } = await familyAndPlace(request, info, 'A');
  const staff = await visitor(browser, info);
  const parent = await visitor(browser, info);

  // The agent watches the facility's requests: none yet.
  await openRequests(staff.page, place);
  await expect(staff.page.getByText('Aucune demande à traiter pour ces critères.')).toBeVisible();
  await expect(indicator(staff.page)).toHaveText(/Connecté$/);
  await expectNoAxeViolations(staff.page);

  // The parent books «Atelier» on Monday: past its accept deadline, it waits for staff.
  await signInThroughHome(parent.page, guardian.email, guardian.password);
  await expectNoAxeViolations(parent.page);
  const number = await book(parent.page, place, [{ unit: 'Atelier', date: place.monday }]);
  await expect(
    parent.page.getByRole('definition').filter({ hasText: 'En attente de confirmation' }),
  ).toBeVisible();
  await expectNoAxeViolations(parent.page);
  await parent.page.getByRole('link', { name: 'Les réservations' }).click();
  const card = parent.page.getByRole('listitem').filter({ hasText: `Réservation n° ${number}` });
  await expect(card).toContainText('Etat : En attente de confirmation');
  await expectNoAxeViolations(parent.page);
  await parent.page.evaluate(() => {
    (window as { sansRechargement?: boolean }).sansRechargement = true;
  });

  // The request appears on the agent's page by itself, and is accepted.
  const row = requestRows(staff.page).filter({ hasText: place.name }).filter({ hasText: 'Atelier' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(number);
  await expect(row.getByRole('cell').last()).toHaveText('10'); // places left that day
  await expect(staff.page.getByRole('status').filter({ hasText: '1 nouvelle demande' })).toBeVisible();
  await expectNoAxeViolations(staff.page);
  await row.getByRole('checkbox', { name: /^Sélectionner : Noé Essai, .* – Atelier$/ }).check();
  await staff.page.getByRole('button', { name: 'Accepter' }).click();
  await expect(staff.page.getByRole('status').filter({ hasText: '1 demande acceptée.' })).toBeVisible();
  await expect(row).toHaveCount(0);

  // On the parent's page: the new state and a notice, without any reload.
  await expect(card).toContainText('Etat : Acceptée');
  const notice = notices(parent.page);
  await expect(notice).toContainText(`Votre demande du ${shortDay(place.monday)} – Atelier a été acceptée`);
  expect(await parent.page.evaluate(() => (window as { sansRechargement?: boolean }).sansRechargement)).toBe(
    true,
  );
  await expectNoAxeViolations(parent.page);
  // The notice is reached by keyboard and closed.
  const close = notice.getByRole('button', { name: 'Fermer la notification' });
  await close.focus();
  await parent.page.keyboard.press('Enter');
  await expect(notice).toHaveCount(0);
  await staff.context.close();
  await parent.context.close();
});

test('(b) le parent sur une autre instance du serveur lit le refus et son motif sans recharger', async ({
  browser,
  request,
}, info) => {
  test.slow();
  const { guardian, place } = await familyAndPlace(request, info, 'B');
  const reason = `Atelier réservé à une classe ce jour-là (${info.project.name}).`;
  const parent = await visitor(browser, info, 'second');
  const staff = await visitor(browser, info, 'first');
  expect(parent.origin).not.toBe(staff.origin);

  // On the second instance, the parent asks for two days and opens the reservation.
  await signInThroughHome(parent.page, guardian.email, guardian.password);
  const number = await book(parent.page, place, [
    { unit: 'Atelier', date: place.monday },
    { unit: 'Atelier', date: place.tuesday },
  ]);
  await parent.page.getByRole('link', { name: 'Les réservations' }).click();
  await parent.page.getByRole('link', { name: `Réservation n° ${number}` }).click();
  await expect(
    parent.page.getByRole('heading', { level: 1, name: `Réservation n° ${number}` }),
  ).toBeVisible();
  const lines = parent.page.getByRole('main').getByRole('listitem');
  await expect(lines).toHaveCount(2);
  await expect(lines.first()).toContainText('Demande de réservation');
  await expectNoAxeViolations(parent.page);
  await parent.page.evaluate(() => {
    (window as { sansRechargement?: boolean }).sansRechargement = true;
  });

  // On the first instance, the agent selects the whole reservation and refuses it, with a reason.
  await openRequests(staff.page, place);
  const whole = staff.page.getByRole('checkbox', {
    name: `Sélectionner toute la réservation n° ${number} (Noé Essai, 2 demandes)`,
  });
  await whole.check();
  await expect(
    staff.page.getByRole('heading', { name: 'Décision (2 demandes sélectionnées)' }),
  ).toBeVisible();
  const lineBoxes = requestRows(staff.page).filter({ hasText: place.name }).getByRole('checkbox');
  await expect(lineBoxes).toHaveCount(2);
  for (const box of await lineBoxes.all()) await expect(box).toBeChecked();
  await expectNoAxeViolations(staff.page);
  await staff.page.getByLabel('Motif').fill(reason);
  await staff.page.getByRole('button', { name: 'Refuser' }).click();
  await expect(staff.page.getByRole('status').filter({ hasText: '2 demandes refusées.' })).toBeVisible();
  await expect(staff.page.getByText('Aucune demande à traiter pour ces critères.')).toBeVisible();

  // The parent's page, served by the other instance, changes in place.
  await expect(parent.page.getByRole('definition').filter({ hasText: 'Refusée' })).toBeVisible();
  await expect(lines.first()).toContainText('Réservation refusée');
  await expect(lines.first()).toContainText(`Motif du service : ${reason}`);
  await expect(lines.last()).toContainText('Réservation refusée');
  const notice = notices(parent.page);
  await expect(notice).toContainText(
    `Votre demande du ${shortDay(place.monday)} – Atelier a été refusée : ${reason}`,
  );
  await expect(notice).toContainText(
    `Votre demande du ${shortDay(place.tuesday)} – Atelier a été refusée : ${reason}`,
  );
  await expect(notice.getByRole('link', { name: `Voir la réservation n° ${number}` })).toBeVisible();
  expect(await parent.page.evaluate(() => (window as { sansRechargement?: boolean }).sansRechargement)).toBe(
    true,
  );
  await expectNoAxeViolations(parent.page);
  await staff.context.close();
  await parent.context.close();
});

test('(c) l’indicateur de connexion dit « Hors ligne » puis « Connecté » au retour du réseau', async ({
  page,
  context,
}) => {
  await signInThroughHome(page, agent.email, agent.password);
  const state = indicator(page);
  await expect(state).toHaveText(/Connecté$/);
  await expect(state).toContainText('Mises à jour en direct');
  await expectNoAxeViolations(page);

  await context.setOffline(true);
  await expect(state).toHaveText(/Hors ligne$/);
  await expectNoAxeViolations(page);

  await context.setOffline(false);
  await expect(state).toHaveText(/Connecté$/, { timeout: 15_000 });
});

test('(d) le tableau d’occupation compte la réservation du parent sans recharger', async ({
  browser,
  request,
}, info) => {
  test.slow();
  const { guardian, place } = await familyAndPlace(request, info, 'D');
  const staff = await visitor(browser, info);
  const parent = await visitor(browser, info, 'second');

  await signInThroughHome(staff.page, agent.email, agent.password);
  await staff.page
    .getByRole('navigation', { name: 'Console des agents' })
    .getByRole('link', { name: 'Occupation' })
    .click();
  await expect(staff.page.getByRole('heading', { level: 1, name: 'Occupation des accueils' })).toBeVisible();
  await staff.page.getByLabel('Établissement', { exact: true }).selectOption({ label: place.name });
  await staff.page.getByRole('button', { name: 'Semaine suivante' }).click();
  const board = staff.page.getByRole('table', { name: new RegExp(`^${literally(place.name)} – Semaine du`) });
  await expect(board).toBeVisible();
  await expect(board.getByRole('columnheader').nth(1)).toHaveText(shortDay(place.monday));
  const mondayOf = (unit: string) =>
    board.getByRole('row').filter({ hasText: unit }).getByRole('cell').first();
  await expect(mondayOf('Atelier')).toHaveText('0/10');
  await expect(mondayOf('Garderie')).toHaveText('0/1');
  await expectNoAxeViolations(staff.page);

  // The parent books both units on Monday: «Garderie» is accepted (and full), «Atelier» waits.
  await signInThroughHome(parent.page, guardian.email, guardian.password);
  await book(parent.page, place, [
    { unit: 'Atelier', date: place.monday },
    { unit: 'Garderie', date: place.monday },
  ]);

  await expect(mondayOf('Garderie')).toHaveText(/^1\/1/);
  await expect(mondayOf('Garderie')).toContainText('Complet');
  await expect(mondayOf('Atelier')).toHaveText('0/10 · 1 en attente');
  await expectNoAxeViolations(staff.page);
  await staff.context.close();
  await parent.context.close();
});

test('(e) la liste de présence montre l’enfant réservé, s’imprime et se télécharge en CSV', async ({
  page,
  request,
}, info) => {
  const { guardian, place } = await familyAndPlace(request, info, 'E');
  await bookByApi(request, guardian, place, [{ unitId: place.units.garderie, date: place.monday }]);

  await signInThroughHome(page, agent.email, agent.password);
  await page
    .getByRole('navigation', { name: 'Console des agents' })
    .getByRole('link', { name: 'Listes du jour' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Listes du jour' })).toBeVisible();
  const presence = page.getByRole('region', { name: 'Liste de présence' });
  await presence.getByLabel('Établissement', { exact: true }).selectOption({ label: place.name });
  await presence.getByLabel('Jour', { exact: true }).fill(place.monday);
  await expect(presence.getByRole('heading', { name: 'Garderie (1 enfant)' })).toBeVisible();
  await expect(presence.getByRole('heading', { name: 'Atelier (0 enfant)' })).toBeVisible();
  const child = presence
    .getByRole('table', { name: 'Garderie (1 enfant)' })
    .getByRole('row', { name: /Essai/ });
  await expect(child).toHaveText(/Essai\s*Noé\s*Élémentaire\s*CE1/);
  await expectNoAxeViolations(page);

  // «Imprimer»: the browser's print, with only this list marked for paper.
  await page.evaluate(() => {
    window.print = () => {
      const printing = document.querySelector('[data-printing]');
      (window as { imprime?: string | null }).imprime = document.documentElement.hasAttribute('data-print')
        ? printing?.getAttribute('aria-labelledby')
        : null;
    };
  });
  await presence.getByRole('button', { name: 'Imprimer la liste de présence' }).click();
  expect(await page.evaluate(() => (window as { imprime?: string | null }).imprime)).toBe('presence-title');

  // «Télécharger (CSV)»: the file, named after the facility and the day.
  const downloading = page.waitForEvent('download');
  await presence.getByRole('button', { name: 'Télécharger (CSV) la liste de présence' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`presence-${place.slug}-${place.monday}.csv`);
  const csv = (await readFile(await download.path(), 'utf8')).replace(/^\ufeff/, '');
  const [header, ...rows] = csv.trim().split(/\r?\n/);
  expect(header).toBe('Prestation;Nom;Prénom;Niveau;Classe');
  expect(rows).toEqual(['Garderie;Essai;Noé;elementaire;CE1']);

  // «Effectifs restauration»: «Garderie» serves a meal.
  const meals = page.getByRole('region', { name: 'Effectifs restauration' });
  await meals.getByRole('button', { name: 'Semaine suivante' }).click();
  const mealsTable = meals.getByRole('table');
  const column = await mealsTable.getByRole('columnheader').allTextContents();
  const index = column.indexOf(place.name);
  expect(index).toBeGreaterThan(0);
  await expect(
    mealsTable
      .getByRole('row')
      .filter({ hasText: shortDay(place.monday) })
      .getByRole('cell')
      .nth(index - 1),
  ).toHaveText('1');
  await expectNoAxeViolations(page);
});

test('(f) deux agents décident la même demande : le second lit le message du serveur et la liste à jour', async ({
  browser,
  request,
}, info) => {
  test.slow();
  const { guardian, place } = await familyAndPlace(request, info, 'F');
  await bookByApi(request, guardian, place, [{ unitId: place.units.atelier, date: place.monday }]);
  const first = await visitor(browser, info);
  const second = await visitor(browser, info, 'second');
  // The first agent's live events are held back, as on a slow network: the colleague's decision reaches the
  // server before this page learns of it.
  await first.page.routeWebSocket(/\/trpc(\?|$)/, (ws) => {
    const server = ws.connectToServer();
    server.onMessage((message) => {
      if (!String(message).includes('"event":{"type"')) ws.send(message);
    });
  });

  await openRequests(first.page, place);
  await openRequests(second.page, place);
  const rowOf = (page: Page) => requestRows(page).filter({ hasText: place.name });
  for (const page of [first.page, second.page]) {
    await rowOf(page).getByRole('checkbox').check();
  }
  await second.page.getByRole('button', { name: 'Accepter' }).click();
  await expect(second.page.getByRole('status').filter({ hasText: '1 demande acceptée.' })).toBeVisible();

  await first.page.getByRole('button', { name: 'Accepter' }).click();
  await expect(first.page.getByRole('alert').filter({ hasText: 'collègue' })).toHaveText(
    'Une partie de ces demandes vient d’être traitée par un collègue : la liste a été mise à jour.',
  );
  await expect(rowOf(first.page)).toHaveCount(0);
  await expect(first.page.getByText('Aucune demande à traiter pour ces critères.')).toBeVisible();
  await expectNoAxeViolations(first.page);
  await first.context.close();
  await second.context.close();
});
