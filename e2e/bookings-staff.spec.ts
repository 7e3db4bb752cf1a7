import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { signInThroughHome } from './sign-in.ts';

const agent = { email: 'agent@demo.fr', password: 'Demo-agent-2026' };
const parent = { email: 'parent@demo.fr', password: 'Demo-parent-2026' };

/**
 * The demo's pending reservation for Hugo holds two requests: a booking of «Accueil matin» and a cancellation
 * of «Accueil soir». The desktop project refuses the first, the phone project the second, so that the two
 * projects sharing the e2e database never decide the same line.
 */
const lineOf = (project: string) =>
  project === 'phone'
    ? { unit: 'Accueil soir', action: 'Annulation', refused: 'Annulation refusée' }
    : { unit: 'Accueil matin', action: 'Réservation', refused: 'Réservation refusée' };

test('« Demandes à traiter » : un refus motivé se lit dans le détail de la réservation', async ({
  page,
}, info) => {
  const target = lineOf(info.project.name);
  const reason = `Accueil complet ce jour-là (${info.project.name}).`;

  await signInThroughHome(page, agent.email, agent.password);
  await page
    .getByRole('navigation', { name: 'Console des agents' })
    .getByRole('link', { name: 'Demandes à traiter' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Demandes à traiter' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Demandes à traiter' });
  await expect(table).toBeVisible();
  await page.getByLabel('Enfant', { exact: true }).selectOption({ label: 'Hugo Martin' });
  const row = table.getByRole('row').filter({ hasText: target.unit }).filter({ hasText: target.action });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Hors délai : à valider par le service');
  await expect(row.getByRole('cell').last()).toHaveText(/^\d+$/); // places left that day
  await expectNoAxeViolations(page);
  const number = (await row.getByText(/Réservation n° R\d{4}-\d{6}/).textContent())?.replace(
    'Réservation n° ',
    '',
  );

  await row
    .getByRole('checkbox', { name: new RegExp(`^Sélectionner : Hugo Martin, .* – ${target.unit}$`) })
    .check();
  await expect(page.getByRole('heading', { name: 'Décision (1 demande sélectionnée)' })).toBeVisible();
  await page.getByRole('button', { name: 'Refuser' }).click();
  await expect(page.getByRole('alert')).toHaveText('Indiquez le motif du refus : la famille le lira.');
  await expect(page.getByLabel('Motif')).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByLabel('Motif').fill(reason);
  await page.getByRole('button', { name: 'Refuser' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 demande refusée.' })).toBeVisible();
  await expect(row).toHaveCount(0);

  // The parent reads the decision and its reason.
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  // Signed out for good before anything else: leaving the page now would cancel the sign-out on its way.
  await expect(page.getByRole('region', { name: 'Connexion à votre espace' })).toContainText(
    'Vous êtes déconnecté',
  );
  await signInThroughHome(page, parent.email, parent.password);
  await page
    .getByRole('region', { name: 'Accueil de loisirs Périscolaire' })
    .getByRole('link', { name: 'Les réservations' })
    .click();
  await page.getByRole('link', { name: `Réservation n° ${number}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Réservation n° ${number}` })).toBeVisible();
  const line = page.getByRole('listitem').filter({ hasText: target.unit });
  await expect(line).toContainText(target.refused);
  await expect(line).toContainText(`Motif du service : ${reason}`);
  await expectNoAxeViolations(page);
});
