import { expect, test } from '@playwright/test';
import { agent, linkFromOutbox, newVisitor, signIn, strongPassword, uniqueEmail } from './accounts-api.ts';
import { expectNoAxeViolations } from './axe.ts';
import { signInThroughHome } from './sign-in.ts';

/** «Équipe du service»: an admin adds a colleague, who activates the account, then disables, enables and promotes it. */
test('l’admin ajoute un agent, qui active son compte, puis le désactive, le réactive et le nomme administrateur', async ({
  page,
  browser,
  request,
}, info) => {
  test.setTimeout(120_000);
  const email = uniqueEmail('agent-equipe', info);
  const name = 'Inès Garnier';
  await signInThroughHome(page, agent.email, agent.password);
  await page
    .getByRole('navigation', { name: 'Console des agents' })
    .getByRole('link', { name: 'Équipe' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Équipe du service' })).toBeVisible();
  const team = page.getByRole('table', { name: 'Comptes des agents' });
  await expect(team.getByRole('row', { name: /Nadia Benali/ })).toContainText('Actif');
  // An admin does not disable their own account.
  await expect(team.getByRole('button', { name: 'Désactiver le compte de Nadia Benali' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Ajouter un agent' }).click();
  const form = page.getByRole('form', { name: 'Nouveau compte agent' });
  await form.getByRole('button', { name: 'Créer le compte' }).click();
  await expect(form.getByRole('region', { name: /^Le formulaire contient \d+ erreurs$/ })).toBeFocused();
  await expect(form.getByLabel('Adresse électronique')).toHaveAttribute('aria-invalid', 'true');
  await form.getByLabel('Prénom').fill('Inès');
  await form.getByLabel('Nom', { exact: true }).fill('Garnier');
  await form.getByLabel('Adresse électronique').fill(email);
  await form.getByLabel('Rôle').selectOption({ label: 'Agent (familles, demandes, paiements)' });
  await expectNoAxeViolations(page);
  await form.getByRole('button', { name: 'Créer le compte' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Compte créé' })).toContainText(
    `${email} reçoit un lien pour choisir son mot de passe`,
  );
  const row = team.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('Actif');

  // The colleague opens the mailed link on their own device and lands in the console.
  const staff = await signIn(request, agent.email, agent.password);
  const link = await linkFromOutbox(request, staff, email, /Activez votre compte/);
  const colleague = await newVisitor(browser, info);
  await colleague.page.goto(link);
  await colleague.page.getByLabel('Nouveau mot de passe').fill(strongPassword);
  await colleague.page.getByLabel('Confirmez le mot de passe').fill(strongPassword);
  await colleague.page.getByRole('button', { name: 'Activer mon compte' }).click();
  await expect(colleague.page).toHaveURL('/agents');
  await colleague.context.close();

  // Disabling asks first, then says it is done; enabling again needs no confirmation.
  await row.getByRole('button', { name: `Désactiver le compte de ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Désactiver ce compte ?' });
  await expect(dialog).toContainText(`${name} ne pourra plus se connecter`);
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Désactiver' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: name })).toHaveText(
    `Le compte de ${name} est désactivé.`,
  );
  await expect(row).toContainText('Désactivé');
  await row.getByRole('button', { name: `Réactiver le compte de ${name}` }).click();
  await expect(page.getByRole('status').filter({ hasText: name })).toHaveText(
    `Le compte de ${name} est réactivé.`,
  );
  await expect(row).toContainText('Actif');

  // Made an admin, after a confirmation that says what the role adds.
  await row.getByRole('button', { name: `Nommer administrateur ${name}` }).click();
  const roleDialog = page.getByRole('dialog', { name: 'Changer le rôle ?' });
  await expect(roleDialog).toContainText(`${name} deviendra administrateur`);
  await expectNoAxeViolations(page);
  await roleDialog.getByRole('button', { name: 'Changer le rôle' }).click();
  await expect(page.getByRole('status').filter({ hasText: name })).toHaveText(
    `${name} est désormais administrateur.`,
  );
  await expect(row).toContainText('Administrateur');
});
