import { expect, test } from '@playwright/test';
import { agent } from './accounts-api.ts';
import { expectNoAxeViolations } from './axe.ts';
import { readPublicDocuments } from './public-data.ts';
import { signInThroughHome } from './sign-in.ts';

/**
 * Staff's «Documents des familles»: deposit a document (the server's refusals read in French), correct it,
 * remove it after a confirmation. The documents of this test are published from tomorrow on, so that the home
 * page other tests read in parallel never shows them.
 */

const tomorrow = () => {
  const today = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
};

test('un agent dépose un document, le corrige puis le supprime ; les refus du serveur se lisent en français', async ({
  page,
  context,
  request,
}, info) => {
  test.slow();
  const [demo] = await readPublicDocuments(request);
  if (!demo) throw new Error('aucun document de démonstration');
  const pdf = await (await request.get(`/files/documents/${demo.id}`)).body();
  const title = `Planning des mercredis ${info.project.name} ${Math.random().toString(36).slice(2, 6)}`;

  await signInThroughHome(page, agent.email, agent.password);
  await page
    .getByRole('navigation', { name: 'Console des agents' })
    .getByRole('link', { name: 'Documents' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Documents des familles' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Déposer un document' });
  await expectNoAxeViolations(page);

  // Nothing chosen: said before any upload.
  await form.getByRole('button', { name: 'Déposer le document' }).click();
  await expect(form.getByRole('alert')).toHaveText('Choisissez une catégorie.');

  // A file that is neither a PDF nor an image: the server's sentence.
  await form.getByLabel('Catégorie').selectOption({ label: "Plannings d'activités" });
  await form.getByLabel('Titre').fill(title);
  await form.getByLabel('Publié à partir du').fill(tomorrow());
  await form.getByLabel('Fichier').setInputFiles({
    name: 'planning.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('Ceci n’est pas un PDF.'),
  });
  await form.getByRole('button', { name: 'Déposer le document' }).click();
  await expect(form.getByRole('alert')).toHaveText(
    "Ce fichier n'est pas un PDF ni une image (PNG, JPEG, WebP).",
  );
  await expectNoAxeViolations(page);

  // A real PDF: deposited, listed as scheduled.
  await form
    .getByLabel('Fichier')
    .setInputFiles({ name: 'planning-mercredis.pdf', mimeType: 'application/pdf', buffer: pdf });
  await form.getByRole('button', { name: 'Déposer le document' }).click();
  await expect(form.getByRole('status')).toHaveText(`Le document « ${title} » est déposé.`);
  await expect(form.getByLabel('Titre')).toHaveValue('');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
  await expect(card).toContainText('Programmé');
  await expect(card).toContainText('planning-mercredis.pdf');
  await expectNoAxeViolations(page);

  // Corrected: a new title.
  await card.getByRole('button', { name: `Modifier « ${title} »` }).click();
  const edit = page.getByRole('form', { name: `Modifier « ${title} »` });
  await edit.getByLabel('Titre').fill(`${title} (corrigé)`);
  await edit.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'est modifié' })).toHaveText(
    `Le document « ${title} (corrigé) » est modifié.`,
  );
  const corrected = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: `${title} (corrigé)` }) });
  await expect(corrected).toBeVisible();

  // Removed, after a confirmation; «Annuler» first keeps it.
  await corrected.getByRole('button', { name: `Supprimer « ${title} (corrigé) »` }).click();
  const dialog = page.getByRole('dialog', { name: 'Supprimer ce document ?' });
  await expect(dialog).toContainText(`« ${title} (corrigé) » ne sera plus proposé aux familles`);
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(corrected).toBeVisible();
  await corrected.getByRole('button', { name: `Supprimer « ${title} (corrigé) »` }).click();
  await dialog.getByRole('button', { name: 'Supprimer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'est supprimé' })).toHaveText(
    `Le document « ${title} (corrigé) » est supprimé.`,
  );
  await expect(corrected).toHaveCount(0);

  // Offline, depositing says it waits for the connection instead of failing.
  await context.setOffline(true);
  await expect(
    form.getByText('Hors ligne : le dépôt sera possible dès le retour de la connexion.'),
  ).toBeVisible();
  await expect(form.getByRole('button', { name: 'Déposer le document' })).toBeDisabled();
  await expectNoAxeViolations(page);
  await context.setOffline(false);
  await expect(form.getByRole('button', { name: 'Déposer le document' })).toBeEnabled();
});
