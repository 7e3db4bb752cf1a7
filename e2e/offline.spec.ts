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
import { readPublicDocuments } from './public-data.ts';
import { signInThroughHome } from './sign-in.ts';

/**
 * «Live and offline» (DOMAIN.md), in Chromium with the built service worker. Each test makes its own family
 * (one child, Noé) and its own facility, so that the desktop and phone projects never meet in the shared
 * database: «Atelier» (every booking a request for staff, deadline 60 days ahead) and «Garderie» (accepted
 * until the day itself), open next week.
 */

type Call = { token?: string; input?: unknown };

async function trpc<T>(request: APIRequestContext, path: string, kind: 'query' | 'mutation', call: Call) {
  const headers = call.token ? { authorization: `Bearer ${call.token}` } : undefined;
  const response =
    kind === 'query'
      ? await request.get(`/trpc/${path}?input=${encodeURIComponent(JSON.stringify(call.input ?? null))}`, {
          headers,
        })
      : await request.post(`/trpc/${path}`, { headers, data: call.input ?? null });
  const body = (await response.json()) as { result?: { data: T }; error?: { message: string } };
  expect(response.ok(), `${path} : ${body.error?.message}`).toBe(true);
  return (body.result as { data: T }).data;
}

const DAY_MS = 86_400_000;
const parisToday = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const isoWeekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
const weekdays = ['lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim'];
/** «lun. 07/12», as the grid writes a day. */
const shortDay = (date: string) =>
  `${weekdays[isoWeekday(date) - 1]}. ${date.slice(8, 10)}/${date.slice(5, 7)}`;
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const deadline = (daysBefore: number) => ({ daysBefore, time: '00:00' });

type Place = { name: string; periodId: number; monday: string; tuesday: string };

/** The test's own facility, open next week (see the file's comment). */
async function createPlace(request: APIRequestContext, staff: string, info: TestInfo, tag: string) {
  const name = `Centre Hors ligne ${tag} ${info.project.name} ${Math.random().toString(36).slice(2, 6)}`;
  const today = parisToday();
  const monday = addDays(today, 8 - isoWeekday(today));
  const { id: facilityId } = await trpc<{ id: number }>(request, 'setup.saveFacility', 'mutation', {
    token: staff,
    input: { name, kind: 'ale', schoolLevels: ['maternelle', 'elementaire'], active: true },
  });
  const unit = (fields: Record<string, unknown>) =>
    trpc<{ id: number }>(request, 'setup.saveUnit', 'mutation', {
      token: staff,
      input: {
        facilityId,
        weekdays: [1, 2, 3, 4, 5],
        priceCents: 500,
        startTime: '09:00',
        endTime: '12:00',
        dailyCapacity: 10,
        includesMeal: false,
        ...fields,
      },
    });
  await unit({
    name: 'Atelier',
    code: 'ATL',
    bookAcceptUntil: deadline(60),
    bookRequestUntil: deadline(0),
    cancelAcceptUntil: deadline(60),
    cancelRequestUntil: deadline(0),
    position: 0,
  });
  await unit({
    name: 'Garderie',
    code: 'GAR',
    startTime: '13:30',
    endTime: '17:30',
    bookAcceptUntil: deadline(0),
    bookRequestUntil: deadline(0),
    cancelAcceptUntil: deadline(0),
    cancelRequestUntil: deadline(0),
    position: 1,
  });
  const { id: periodId } = await trpc<{ id: number }>(request, 'setup.savePeriod', 'mutation', {
    token: staff,
    input: {
      facilityId,
      name: 'Semaine d’essai',
      startDate: monday,
      endDate: addDays(monday, 4),
      weekdays: [1, 2, 3, 4, 5],
      schoolLevels: ['maternelle', 'elementaire'],
      bookingOpensAt: new Date(Date.now() - DAY_MS).toISOString(),
      bookingClosesAt: `${addDays(monday, 4)}T18:00:00Z`,
    },
  });
  return { name, periodId, monday, tuesday: addDays(monday, 1) } satisfies Place;
}

/** A planning cell by its accessible name, «lun. 07/12 – Atelier : Disponible». */
const cell = (page: Page, unit: string, date: string) =>
  page
    .getByRole('main')
    .getByRole('button', { name: new RegExp(`^${literally(shortDay(date))} – ${unit} : `) });

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
  const place = await createPlace(request, guardian.staff, info, 'A');
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
    token: await signInToken(request, guardian.email, guardian.password),
  });
  expect(sent).toHaveLength(1);
});

async function signInToken(request: APIRequestContext, email: string, password: string) {
  const login = await trpc<{ accessToken: string }>(request, 'auth.login', 'mutation', {
    input: { email, password },
  });
  return login.accessToken;
}

test('un enregistrement illisible ne casse rien : il est effacé et le parent en est averti', async ({
  page,
  request,
}, info) => {
  const guardian = await activatedGuardian(request, uniqueEmail('illisible', info));
  const place = await createPlace(request, guardian.staff, info, 'B');
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
  const place = await createPlace(request, guardian.staff, info, 'C');
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
