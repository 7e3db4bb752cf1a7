import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { signInThroughHome } from './sign-in.ts';

/**
 * Guide §4 and §5, as a parent reads them, on the phone project (playwright.config.ts). The e2e database is
 * shared by every spec running at once: the phone books for Hugo (élémentaire), a desktop run (with
 * `--project=desktop` and this file taken out of its `testIgnore`) for Léa (maternelle), both at «ALE Primaire»
 * on its next period, whose Wednesdays are at least ten days ahead (well inside the accept deadline, J−7).
 */
const parent = { email: 'parent@demo.fr', password: 'Demo-parent-2026' };
const childOf = (project: string) => (project === 'phone' ? 'Hugo' : 'Léa');

/** A planning cell, by its accessible name «mer. 09/12 – Matinée : Disponible»; `state` is a pattern. */
const cell = (page: Page, unit: string, state?: string) =>
  page.getByRole('main').getByRole('button', { name: new RegExp(`– ${unit} : ${state ?? ''}`) });

async function openUnitMenu(page: Page, unit: string) {
  const toggle = page.getByRole('button', { name: unit, exact: true });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

async function startNewReservation(page: Page, child: string) {
  const block = page.getByRole('region', { name: 'Accueil de loisirs Périscolaire' });
  await block.getByRole('link', { name: 'Nouvelle réservation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle réservation' })).toBeVisible();
  await page.getByRole('button', { name: new RegExp(`^${child} Martin`) }).click();
  await expect(page.getByRole('heading', { name: `Inscription de ${child}` })).toBeFocused();
  await page.getByRole('radio', { name: 'ALE Primaire' }).check();
  // The next period: the later of the two open ones.
  await page
    .getByRole('group', { name: 'Période disponible à la réservation' })
    .getByRole('radio')
    .last()
    .check();
}

async function expectIcon(target: Locator, visible: boolean) {
  await expect(target.locator('svg')).toHaveCount(visible ? 1 : 0);
}

test('guide §4 puis §5 : réserver des mercredis, puis en demander l’annulation', async ({ page }, info) => {
  test.slow();
  const child = childOf(info.project.name);
  await signInThroughHome(page, parent.email, parent.password);
  await expect(page).toHaveURL('/espace');
  await expectNoAxeViolations(page);

  // « Nouvelle réservation » → the child → « ALE Primaire » → a period → « Continuer ».
  await startNewReservation(page, child);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle réservation' })).toBeVisible();
  await expect(page.getByText(`${child} Martin`)).toBeVisible();
  const weekLabel = page.getByText(/^Semaine du lun\. \d\d\/\d\d au ven\. \d\d\/\d\d$/);
  await expect(weekLabel).toBeVisible();
  const firstWeek = await weekLabel.textContent();
  await expectNoAxeViolations(page);

  // « Cliquez dans la case » : the icon appears; again: it disappears.
  const morning = cell(page, 'Matinée', 'Disponible');
  await expect(morning).toHaveCount(1);
  await expectIcon(morning, false);
  await morning.click();
  const ticked = cell(page, 'Matinée', 'Réservation acceptée');
  await expect(ticked).toHaveAttribute('aria-pressed', 'true');
  await expectIcon(ticked, true);
  await ticked.press('Enter'); // the keyboard works as the finger
  await expect(cell(page, 'Matinée', 'Disponible')).toHaveAttribute('aria-pressed', 'false');
  await expectIcon(cell(page, 'Matinée', 'Disponible'), false);

  // « Sélectionnez les jours affichés à l'écran » for « Journée ».
  await openUnitMenu(page, 'Journée');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: "Sélectionnez les jours affichés à l'écran" }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Journée : 1 jour ajouté' })).toBeVisible();
  await expect(cell(page, 'Journée', 'Réservation acceptée')).toHaveAttribute('aria-pressed', 'true');

  // « Sélection automatique des jours » for « Après-midi », on the next week only.
  await page.getByRole('button', { name: 'Semaine suivante' }).click();
  await expect(weekLabel).not.toHaveText(firstWeek ?? '');
  const secondWeek = await weekLabel.textContent();
  await openUnitMenu(page, 'Après-midi');
  await page.getByRole('button', { name: 'Sélection automatique des jours' }).click();
  const dialog = page.getByRole('dialog', { name: /Sélection automatique des jours/ });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Valider' }).click();
  await expect(dialog.getByText('Cochez au moins un jour de la semaine.')).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole('checkbox', { name: 'Mercredi' }).check();
  await dialog.getByRole('radio', { name: 'Uniquement sur la semaine affichée' }).check();
  await expect(dialog.getByRole('radio', { name: 'Sur toute la période' })).not.toBeChecked();
  await dialog.getByRole('button', { name: 'Valider' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Après-midi', exact: true })).toBeFocused();
  await expect(cell(page, 'Après-midi', 'Réservation acceptée')).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Semaine suivante' }).click();
  await expect(cell(page, 'Après-midi', 'Disponible')).toHaveCount(1); // not on the third week
  await page.getByRole('button', { name: 'Semaine précédente' }).click();
  await expect(weekLabel).toHaveText(secondWeek ?? '');

  // The legend, on hover, on keyboard focus and on click; Escape hides it.
  const legendButton = page.getByRole('button', { name: 'Légende' });
  const legendPanel = page.getByRole('list', { name: 'Légende' });
  await expect(legendPanel).toBeHidden();
  if (info.project.name === 'desktop') {
    await legendButton.hover();
    await expect(legendPanel).toBeVisible();
    await page.mouse.move(0, 0);
    await expect(legendPanel).toBeHidden();
  }
  await legendButton.focus();
  await expect(legendButton).toHaveAttribute('aria-expanded', 'true');
  await expect(legendPanel).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(legendPanel).toBeHidden();
  await legendButton.click();
  await expect(legendPanel).toBeVisible();
  await expect(legendPanel.getByRole('listitem').filter({ hasText: "Demande d'annulation" })).toBeVisible();
  await expectNoAxeViolations(page);
  await legendButton.click();
  await expect(legendPanel).toBeHidden();

  // « Valider le planning » → the recap.
  await expect(page.getByText('2 dates sélectionnées, à confirmer.')).toBeVisible();
  await page.getByRole('button', { name: 'Valider le planning' }).click();
  const recapTitle = page.getByRole('heading', { level: 1, name: 'Vérification de votre réservation' });
  await expect(recapTitle).toBeFocused();
  await expect(
    page.getByText('Merci de vérifier les informations saisies avant de confirmer votre réservation.'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Votre sélection' })).toBeVisible();
  await expect(page.getByText(/^ALE Primaire \/ Mercredis, semaines \d+ à \d+$/)).toBeVisible();
  await expect(page.getByText('Référent : Camille Martin')).toBeVisible();
  await expect(page.getByText(`Enfant : ${child} Martin`)).toBeVisible();
  await expect(page.getByText(/Etat de la réservation :\s*Acceptée/)).toBeVisible();
  const lines = page.getByRole('main').getByRole('list').last().getByRole('listitem');
  await expect(lines).toHaveCount(2);
  await expect(lines.first()).toContainText(/^mer\. \d\d\/\d\d\/\d{4}Journée/);
  await expect(lines.first()).toContainText('RéservationRéservation acceptée');
  await expect(lines.last()).toContainText('Après-midi');
  await expectNoAxeViolations(page);

  // « Retour au planning » keeps the selection.
  await page.getByRole('button', { name: 'Retour au planning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle réservation' })).toBeFocused();
  await expect(cell(page, 'Après-midi', 'Réservation acceptée')).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Semaine précédente' }).click();
  await expect(cell(page, 'Journée', 'Réservation acceptée')).toHaveAttribute('aria-pressed', 'true');

  // « Valider le planning » → « Confirmer la réservation » → its number.
  await page.getByRole('button', { name: 'Valider le planning' }).click();
  await page.getByRole('button', { name: 'Confirmer la réservation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Réservation enregistrée' })).toBeFocused();
  const number = page.getByRole('definition').filter({ hasText: /^R\d{4}-\d{6}$/ });
  await expect(number).toBeVisible();
  const reservationNumber = (await number.textContent()) ?? '';
  await expect(page.getByRole('definition').filter({ hasText: `${child} Martin` })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Acceptée' })).toBeVisible();
  await expectNoAxeViolations(page);

  // « Votre réservation apparait dans la liste des réservations ».
  await page.getByRole('link', { name: 'Les réservations' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Les réservations' })).toBeVisible();
  const card = page.getByRole('listitem').filter({ hasText: reservationNumber });
  await expect(card).toContainText(`${child} Martin · ALE Primaire / Mercredis`);
  await expect(card).toContainText('Acceptée');
  await expectNoAxeViolations(page);
  await card.getByRole('link', { name: `Réservation n° ${reservationNumber}` }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Réservation n° ${reservationNumber}` }),
  ).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Journée' })).toContainText(
    'Réservation acceptée',
  );
  await expectNoAxeViolations(page);

  // §5: the same period again shows the booked days; a click asks for the cancellation.
  await page.goto('/espace');
  await startNewReservation(page, child);
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(weekLabel).toHaveText(firstWeek ?? '');
  const booked = cell(page, 'Journée', 'Réservation acceptée');
  await expect(booked).toHaveAttribute('aria-pressed', 'false');
  await expectIcon(booked, true);
  await booked.click();
  const cancelled = cell(page, 'Journée', "(Annulation acceptée|Demande d'annulation)");
  await expect(cancelled).toHaveAttribute('aria-pressed', 'true');
  await expect(cancelled).toHaveAccessibleName(
    /(Annulation acceptée|Demande d'annulation).*\(à confirmer\)$/,
  );
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Valider le planning' }).click();
  await expect(recapTitle).toBeFocused();
  await expect(page.getByRole('main').getByRole('listitem').filter({ hasText: 'Journée' })).toContainText(
    /Annulation(Annulation acceptée|Demande d'annulation)/,
  );
  await page.getByRole('button', { name: 'Confirmer la réservation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Réservation enregistrée' })).toBeFocused();
  await expect(page.getByRole('definition').filter({ hasText: /^R\d{4}-\d{6}$/ })).not.toHaveText(
    reservationNumber,
  );
  await page.getByRole('button', { name: 'Revenir au planning' }).click();
  await expect(cell(page, 'Journée', "(Disponible|Demande d'annulation)")).toHaveCount(1);
});

type Outgoing = { id: number; method: string; params?: { path?: string; input?: unknown } };
type Answer = (input: unknown) => unknown;

/** Answers the calls to the given procedures itself; every other call goes through to the real server. */
async function answer(page: Page, answers: Record<string, Answer>) {
  await page.routeWebSocket(/\/trpc(\?|$)/, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((frame) => {
      const parsed = JSON.parse(String(frame)) as Outgoing | Outgoing[];
      const messages = Array.isArray(parsed) ? parsed : [parsed];
      const passing = messages.filter((message) => {
        const reply = answers[message.params?.path ?? ''];
        if (!reply) return true;
        ws.send(
          JSON.stringify({ id: message.id, result: { type: 'data', data: reply(message.params?.input) } }),
        );
        return false;
      });
      if (passing.length > 0) server.send(JSON.stringify(Array.isArray(parsed) ? passing : passing[0]));
    });
  });
}

test('sans période ouverte ni réservation, la FAQ renvoie au Service Enfance Jeunesse', async ({
  page,
}, info) => {
  await answer(page, { 'bookings.choices': () => [], 'bookings.reservations': () => [] });
  await signInThroughHome(page, parent.email, parent.password);
  await page
    .getByRole('region', { name: 'Accueil de loisirs Périscolaire' })
    .getByRole('link', { name: 'Les réservations' })
    .click();
  await expect(
    page.getByText(
      'Aucune réservation pour le moment. Cliquez sur « Nouvelle réservation » pour inscrire votre enfant.',
    ),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('main').getByRole('link', { name: 'Nouvelle réservation' }).click();
  const child = childOf(info.project.name);
  await page.getByRole('button', { name: new RegExp(`^${child} Martin`) }).click();
  await expect(
    page.getByText(
      `Aucune période d'inscription n'est ouverte pour ${child} : rapprochez-vous du secrétariat du Service Enfance Jeunesse.`,
    ),
  ).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: /^0\d( \d\d){4}$/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

type SentLine = { date: string; unitId: number; action: 'book' | 'cancel' };

test('les dates que le serveur refuse à l’envoi sont dites sur l’écran de confirmation', async ({
  page,
}, info) => {
  // The server decides again on «Confirmer la réservation»: here the second day filled up meanwhile.
  await answer(page, {
    'bookings.submit': (input) => {
      const [first, second] = (input as { lines: SentLine[] }).lines as [SentLine, SentLine];
      return {
        reservation: {
          id: 999_999,
          number: 'R2026-999999',
          state: 'accepted',
          child: { firstName: childOf(info.project.name), lastName: 'Martin' },
          facility: { name: 'ALE Primaire' },
          period: { name: 'Mercredis, semaines 50 à 52' },
        },
        lines: [
          { ...first, unitName: 'Matinée', state: 'accepted', requestReason: null, message: null },
          {
            ...second,
            unitName: 'Après-midi',
            state: 'refused',
            requestReason: null,
            message: 'mer. 16/12/2026 – Après-midi : la date limite de réservation est passée.',
          },
        ],
        replayed: false,
      };
    },
  });
  await signInThroughHome(page, parent.email, parent.password);
  await startNewReservation(page, childOf(info.project.name));
  await page.getByRole('button', { name: 'Continuer' }).click();
  await cell(page, 'Matinée', 'Disponible').click();
  await cell(page, 'Après-midi', 'Disponible').click();
  await page.getByRole('button', { name: 'Valider le planning' }).click();
  await page.getByRole('button', { name: 'Confirmer la réservation' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Réservation enregistrée' })).toBeFocused();
  await expect(page.getByRole('definition').filter({ hasText: 'R2026-999999' })).toBeVisible();
  const refused = page.getByRole('heading', { name: 'Date non enregistrée' });
  await expect(refused).toBeVisible();
  await expect(
    page.getByText('mer. 16/12/2026 – Après-midi : la date limite de réservation est passée.'),
  ).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Matinée' })).toContainText(
    'Réservation acceptée',
  );
  await expectNoAxeViolations(page);
});
