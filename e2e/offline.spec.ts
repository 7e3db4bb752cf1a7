import { type Browser, expect, type Page, type TestInfo, test } from '@playwright/test';
import { activatedGuardian, agent, signIn, trpc, uniqueEmail } from './accounts-api.ts';
import { expectNoAxeViolations } from './axe.ts';
import { bookByApi, cell, createPlace, literally, type Place, shortDay } from './places.ts';
import { readPublicDocuments } from './public-data.ts';
import { signInThroughHome } from './sign-in.ts';

/**
 * «Live and offline» (DOMAIN.md), in Chromium with the built service worker. Each test makes its own family
 * (one child, Noé) and its own facility (places.ts), so that the desktop and phone projects never meet in the
 * shared database.
 */

/** The page is controlled by the service worker: it opens offline. */
async function controlledBy(page: Page) {
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

async function openPlanning(page: Page, place: Place) {
  await page.goto('/reservations/nouvelle');
  await page.getByRole('button', { name: /^Noé Essai/ }).click();
  await page.getByRole('radio', { name: place.name, exact: true }).check();
  await expect(page.getByRole('radio', { name: /Semaine d’essai/ })).toBeChecked();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle réservation' })).toBeVisible();
}

async function staffVisitor(browser: Browser, info: TestInfo) {
  const { baseURL, locale, timezoneId, viewport, isMobile, hasTouch, userAgent } = info.project.use;
  const context = await browser.newContext({
    baseURL,
    locale,
    timezoneId,
    viewport,
    isMobile,
    hasTouch,
    userAgent,
  });
  const page = await context.newPage();
  await signInThroughHome(page, agent.email, agent.password);
  return { context, page };
}

const banner = (page: Page) =>
  page.getByRole('main').getByText(/^Hors ligne — données du \d\d\/\d\d\/\d{4} \d\d:\d\d$/);

test('hors ligne, le portail s’ouvre sur les données gardées, garde le brouillon et envoie la réservation au retour du réseau', async ({
  page,
  context,
  browser,
  request,
}, info) => {
  test.setTimeout(180_000); // one parent's whole offline morning, on a shared test machine
  const guardian = await activatedGuardian(request, uniqueEmail('hors-ligne', info));
  const place = await createPlace(request, guardian.staff, info, { label: 'Centre Hors ligne', tag: 'A' });
  const published = await readPublicDocuments(request);
  const document = published.find((d) => d.category === 'preinscription');
  const ahead = published.filter((d) => d.category === 'menu' || d.category === 'planning');
  const notOpened = published.filter((d) => d.category === 'inscription');
  if (!document || ahead.length === 0 || notOpened.length === 0)
    throw new Error('documents de démonstration');
  const documentPath = `/files/documents/${document.id}`;

  // Online: the service worker controls the page; the parent reads what they will want offline.
  await controlledBy(page);
  await signInThroughHome(page, guardian.email, guardian.password);
  await page.goto('/menus');
  await expect(page.getByRole('heading', { level: 2, name: /^Cette semaine/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/reservations');
  await expect(page.getByText('Aucune réservation pour le moment.', { exact: false })).toBeVisible();
  // A document opened once (through the service worker, as a tap on its link does).
  expect(await page.evaluate((path) => fetch(path).then((r) => r.status), documentPath)).toBe(200);

  // After sign-in, the menus and activity plannings were fetched ahead of need.
  await expect
    .poll(() => page.evaluate(async () => (await (await caches.open('portail-documents')).keys()).length))
    .toBe(ahead.length + 1);

  // The planning: one click, saved at once.
  await openPlanning(page, place);
  await cell(page, 'Atelier', place.monday).click();
  await expect(cell(page, 'Atelier', place.monday)).toHaveAttribute('aria-pressed', 'true');

  // Offline, the planning reopens on the saved data with the draft, and says since when the data dates.
  await context.setOffline(true);
  await page.reload();
  await expect(cell(page, 'Atelier', place.monday)).toHaveAttribute('aria-pressed', 'true');
  await expect(banner(page)).toBeVisible();
  await expectNoAxeViolations(page);

  // Edited offline, the draft outlives a reload offline.
  await cell(page, 'Garderie', place.tuesday).click();
  await expect(cell(page, 'Garderie', place.tuesday)).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(cell(page, 'Atelier', place.monday)).toHaveAttribute('aria-pressed', 'true');
  await expect(cell(page, 'Garderie', place.tuesday)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('2 dates sélectionnées, à confirmer.')).toBeVisible();

  // «Confirmer la réservation» offline: kept on the device, sent later.
  await page.getByRole('button', { name: 'Valider le planning' }).click();
  await expect(
    page.getByText(/Vous êtes hors ligne : en confirmant, votre réservation est gardée/),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Confirmer la réservation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Réservation en attente d’envoi' })).toBeFocused();
  await expect(page.getByText('Sera envoyée dès le retour de la connexion.')).toBeVisible();
  await expectNoAxeViolations(page);

  // Offline still: the home page, the menus, the reservations and the document opened before.
  await page.goto('/');
  const documents = page.getByRole('region', { name: 'Télécharger les documents' });
  await expect(
    documents.getByRole('link', { name: new RegExp(`^${literally(document.title)}`) }),
  ).toBeVisible();
  await expect(documents.getByRole('alert')).toHaveCount(0);
  await expect(banner(page)).toBeVisible();
  // Each document says whether it opens offline: opened before, or fetched ahead.
  const item = (title: string) => documents.getByRole('listitem').filter({ hasText: title });
  const notOnDevice = 'Hors ligne : ce document n’a pas encore été ouvert sur cet appareil.';
  for (const d of [document, ...ahead]) await expect(item(d.title)).not.toContainText(notOnDevice);
  for (const d of notOpened) await expect(item(d.title)).toContainText(notOnDevice);
  await expectNoAxeViolations(page);
  const offlineFile = await page.evaluate(async (path) => {
    const response = await fetch(path);
    return {
      status: response.status,
      head: new TextDecoder().decode((await response.arrayBuffer()).slice(0, 5)),
    };
  }, documentPath);
  expect(offlineFile).toEqual({ status: 200, head: '%PDF-' });

  await page.goto('/menus');
  await expect(page.getByRole('heading', { level: 2, name: /^Cette semaine/ })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Allergènes' }).first()).toBeVisible();
  await expect(banner(page)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/reservations');
  await expect(page.getByRole('heading', { level: 1, name: 'Les réservations' })).toBeVisible();
  await expect(page.getByText('Aucune réservation pour le moment.', { exact: false })).toBeVisible();
  const waiting = page.getByText('Une réservation sera envoyée dès le retour de la connexion :');
  await expect(waiting).toBeVisible();
  await expectNoAxeViolations(page);

  // An agent watches «Demandes à traiter» for the facility meanwhile.
  const staff = await staffVisitor(browser, info);
  await staff.page
    .getByRole('navigation', { name: 'Console des agents' })
    .getByRole('link', { name: 'Demandes à traiter' })
    .click();
  await staff.page.getByLabel('Établissement', { exact: true }).selectOption({ label: place.name });
  await expect(staff.page.getByText('Aucune demande à traiter pour ces critères.')).toBeVisible();

  // Back online: the outbox sends by itself; the answer shows, and the reservation exists once.
  await context.setOffline(false);
  const answer = page.getByRole('heading', { name: /^Réservation envoyée pour Noé Essai/ });
  await expect(answer).toBeVisible({ timeout: 20_000 });
  await expect(waiting).toHaveCount(0);
  await expect(
    page.getByText(/^Réservation n° R\d{4}-\d{6} : En attente de confirmation, 2 dates enregistrées\.$/),
  ).toBeVisible();
  await expect(page.getByText('1 réservation, de la plus récente à la plus ancienne.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: `Noé Essai · ${place.name}` })).toHaveCount(1);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'J’ai compris' }).click();
  await expect(answer).toHaveCount(0);

  // The agent's page shows the request live.
  const row = staff.page
    .getByRole('table', { name: 'Demandes à traiter' })
    .getByRole('row')
    .filter({ hasText: 'Noé Essai' })
    .filter({ hasText: 'Atelier' });
  await expect(row).toHaveCount(1);
  await staff.context.close();

  // The draft left with the answer: the planning shows the requests, nothing ticked.
  await openPlanning(page, place);
  await expect(page.getByText('Aucune date sélectionnée.')).toBeVisible();
  const sent = await trpc<{ number: string }[]>(request, 'bookings.reservations', 'query', {
    token: await signIn(request, guardian.email, guardian.password),
  });
  expect(sent).toHaveLength(1);
});

test('un enregistrement illisible ne casse rien : il est effacé et le parent en est averti', async ({
  page,
  request,
}, info) => {
  const guardian = await activatedGuardian(request, uniqueEmail('illisible', info));
  const place = await createPlace(request, guardian.staff, info, { label: 'Centre Hors ligne', tag: 'B' });
  await signInThroughHome(page, guardian.email, guardian.password);
  await openPlanning(page, place);
  await cell(page, 'Garderie', place.monday).click();
  await expect(cell(page, 'Garderie', place.monday)).toHaveAttribute('aria-pressed', 'true');

  // Another app (or a disk fault) left a draft the grid cannot read.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('portail-famille');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('drafts', 'readwrite');
          const store = tx.objectStore('drafts');
          const all = store.getAll();
          all.onsuccess = () => {
            for (const record of all.result as { key: string }[])
              store.put({ ...record, draft: { illisible: 42 } });
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  await expect(page.getByText(/Une sélection de dates non envoyée n’a pas pu être relue/)).toBeVisible();
  await expect(cell(page, 'Garderie', place.monday)).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByText('Aucune date sélectionnée.')).toBeVisible();
  await expectNoAxeViolations(page);

  // The store works again after the reset.
  await cell(page, 'Garderie', place.tuesday).click();
  await expect(cell(page, 'Garderie', place.tuesday)).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(cell(page, 'Garderie', place.tuesday)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(/Une sélection de dates non envoyée n’a pas pu être relue/)).toHaveCount(0);
});

test('une nouvelle version s’annonce et ne recharge la page qu’à la demande, brouillon conservé', async ({
  page,
  request,
}, info) => {
  test.slow();
  const guardian = await activatedGuardian(request, uniqueEmail('mise-a-jour', info));
  const place = await createPlace(request, guardian.staff, info, { label: 'Centre Hors ligne', tag: 'C' });
  await controlledBy(page);
  await signInThroughHome(page, guardian.email, guardian.password);
  await openPlanning(page, place);
  await cell(page, 'Garderie', place.monday).click();
  await expect(cell(page, 'Garderie', place.monday)).toHaveAttribute('aria-pressed', 'true');

  // A new service worker is installed and waits (registered here under another address for the same scope:
  // a changed script reaches the page the same way, and the served files cannot change during a test run).
  await page.evaluate(() => {
    (window as { mêmePage?: boolean }).mêmePage = true;
  });
  await page.evaluate(() =>
    navigator.serviceWorker.register('/sw.js?version=suivante').then(() => undefined),
  );
  const prompt = page.getByText('Une nouvelle version du Portail Famille est disponible.');
  await expect(prompt).toBeVisible();
  await expectNoAxeViolations(page);

  // Nothing happens by itself: the page stays until the parent asks.
  await page.waitForTimeout(1_000);
  expect(await page.evaluate(() => (window as { mêmePage?: boolean }).mêmePage)).toBe(true);
  const reloaded = page.waitForEvent('load');
  await page.getByRole('button', { name: 'Mettre à jour' }).click();
  await reloaded;
  expect(await page.evaluate(() => (window as { mêmePage?: boolean }).mêmePage)).toBeUndefined();
  // (The page then registers its usual address again, which the browser may offer as yet another version:
  // an artefact of this simulation, so the prompt is not checked any further.)
  await expect(cell(page, 'Garderie', place.monday)).toHaveAttribute('aria-pressed', 'true');
});

/** The names of the reads this device keeps (offline/reads.ts keys them «owner|name»). */
const keptReads = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('portail-famille');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const keys = open.result.transaction('reads').objectStore('reads').getAllKeys();
          keys.onsuccess = () => {
            open.result.close();
            resolve(keys.result.map((key) => String(key).split('|').pop() ?? ''));
          };
          keys.onerror = () => reject(keys.error);
        };
      }),
  );

const childrenCard = (page: Page) => page.getByRole('region', { name: 'Vos enfants' });
const signOutButton = (page: Page) =>
  page.getByRole('banner').getByRole('button', { name: 'Se déconnecter' });

test('hors ligne, l’espace, les enfants et les factures s’ouvrent sur les données gardées ; au retour du réseau la session reprend, ou se ferme proprement', async ({
  page,
  context,
  request,
}, info) => {
  test.slow();
  const guardian = await activatedGuardian(request, uniqueEmail('session-hors-ligne', info));
  await controlledBy(page);
  await signInThroughHome(page, guardian.email, guardian.password);
  await expect(childrenCard(page)).toContainText('Noé Essai');
  // Read ahead after sign-in, without their page being opened: the family, invoices and payments.
  await expect
    .poll(() => keptReads(page), { timeout: 15_000 })
    .toEqual(expect.arrayContaining(['account.get', 'billing.invoices', 'billing.payments']));

  // Offline, a new start opens on what the device kept, under the guardian's name; paying says it waits.
  await context.setOffline(true);
  await page.goto('/factures');
  await expect(page.getByRole('heading', { level: 1, name: 'Mes Factures & Paiements' })).toBeVisible();
  await expect(page.getByText('Aucune facture pour le moment.')).toBeVisible();
  await expect(page.getByText('Aucun paiement pour le moment.')).toBeVisible();
  await expect(banner(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Payer en ligne' })).toBeDisabled();
  await expect(
    page.getByText('Hors ligne : le paiement en ligne sera possible dès le retour de la connexion.'),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/espace');
  await expect(childrenCard(page)).toContainText('Noé Essai');
  await expect(banner(page)).toBeVisible();
  await expect(signOutButton(page)).toBeVisible();
  await expectNoAxeViolations(page);

  // Back online: the session is checked again and goes on, live.
  await context.setOffline(false);
  await expect(page.getByRole('banner').getByRole('status')).toContainText('Connecté', { timeout: 20_000 });
  await expect(banner(page)).toHaveCount(0);

  // Offline again, and meanwhile the session ends from elsewhere: back online, the app signs out cleanly.
  await context.setOffline(true);
  await page.reload();
  await expect(childrenCard(page)).toContainText('Noé Essai');
  await trpc(request, 'auth.logoutEverywhere', 'mutation', {
    token: await signIn(request, guardian.email, guardian.password),
  });
  await context.setOffline(false);
  await expect(page.getByText('Votre session a expiré. Veuillez vous reconnecter.')).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByRole('region', { name: 'Connexion à votre espace' })).toBeVisible();
  await expect(signOutButton(page)).toHaveCount(0);
  // What was kept for the family is gone with the session: the device may be shared.
  await expect.poll(() => keptReads(page)).not.toContain('billing.invoices');
  await expectNoAxeViolations(page);
});

/** Where the device's live stream is up to (live/position.ts), or null. */
const livePosition = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('portail-famille');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('reads').objectStore('reads').get('live.position');
          get.onsuccess = () => {
            open.result.close();
            resolve((get.result as { lastEventId?: string } | undefined)?.lastEventId ?? null);
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );

test('rouvert plus tard, le portail reprend le direct là où il s’était arrêté et montre la décision manquée', async ({
  page,
  context,
  request,
}, info) => {
  test.slow();
  const guardian = await activatedGuardian(request, uniqueEmail('reprise-direct', info));
  const place = await createPlace(request, guardian.staff, info, { label: 'Centre Hors ligne', tag: 'D' });
  await signInThroughHome(page, guardian.email, guardian.password);
  await expect(page.getByRole('banner').getByRole('status')).toContainText('Connecté');

  // A request of the family reaches the open app live: the stream's position is kept on the device.
  await bookByApi(request, guardian, place, [{ unitId: place.units.atelier, date: place.monday }]);
  await expect.poll(() => livePosition(page)).not.toBeNull();

  // The app is closed; meanwhile the agent refuses the request.
  await page.close();
  const reason = `Atelier complet (${info.project.name}).`;
  const requests = await trpc<{ lineId: number; facility: { name: string } }[]>(
    request,
    'requests.list',
    'query',
    { token: guardian.staff, input: {} },
  );
  const lineIds = requests.filter((r) => r.facility.name === place.name).map((r) => r.lineId);
  expect(lineIds).toHaveLength(1);
  await trpc(request, 'requests.decide', 'mutation', {
    token: guardian.staff,
    input: { lineIds, decision: 'refuse', reason },
  });

  // Reopened: the stream resumes from the kept position, and the parent reads what was decided meanwhile.
  const again = await context.newPage();
  await again.goto('/espace');
  await expect(again.getByRole('status').filter({ hasText: 'Votre demande' })).toContainText(
    `Votre demande du ${shortDay(place.monday)} – Atelier a été refusée : ${reason}`,
  );
  await expectNoAxeViolations(again);

  // Signing out forgets the position: the next person on this device starts afresh.
  await signOutButton(again).click();
  await expect.poll(() => livePosition(again)).toBeNull();
});

test('un brouillon d’une période qui a fermé entre-temps : le planning le retire et le dit, sans planter', async ({
  page,
  context,
  request,
}, info) => {
  test.slow();
  const guardian = await activatedGuardian(request, uniqueEmail('periode-close', info));
  const closesAt = Date.now() + 25_000;
  const place = await createPlace(request, guardian.staff, info, {
    label: 'Centre Hors ligne',
    tag: 'E',
    bookingClosesAt: new Date(closesAt).toISOString(),
  });
  await controlledBy(page);
  await signInThroughHome(page, guardian.email, guardian.password);
  await openPlanning(page, place);
  await cell(page, 'Garderie', place.monday).click();
  await expect(cell(page, 'Garderie', place.monday)).toHaveAttribute('aria-pressed', 'true');

  // Offline, the app is reopened once the period's bookings have closed: the saved draft no longer holds.
  await context.setOffline(true);
  await page.waitForTimeout(Math.max(0, closesAt - Date.now() + 1_000));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle réservation' })).toBeVisible();
  await expect(page.getByText(/de votre sélection : la période de réservation est close/)).toBeVisible();
  // Nothing is ticked, and nothing can be any more (the cells are no longer buttons).
  await expect(page.getByText('Aucune date sélectionnée.')).toBeVisible();
  await expect(cell(page, 'Garderie', place.monday)).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('une base locale illisible (laissée par une autre version) est effacée au démarrage, le parent en est averti', async ({
  page,
}) => {
  // A page of the portal's origin that runs no app: the database is made there before the app ever opens it.
  await page.goto('/healthz');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('portail-famille', 99);
        open.onupgradeneeded = () => open.result.createObjectStore('inconnu');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
      }),
  );
  await page.goto('/');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Bienvenue sur le Portail Famille' }),
  ).toBeVisible();
  await expect(
    page.getByText('Les données enregistrées sur cet appareil étaient illisibles et ont été effacées.', {
      exact: false,
    }),
  ).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Télécharger les documents' }).getByRole('link').first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  // The app's own database is back, empty and usable.
  const version = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('portail-famille');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const v = open.result.version;
          open.result.close();
          resolve(v);
        };
      }),
  );
  expect(version).toBe(1);
});
