import { expect, test } from '@playwright/test';
import { activatedGuardian, linkFromOutbox, newVisitor, uniqueEmail } from './accounts-api.ts';
import { expectNoAxeViolations } from './axe.ts';
import { signInThroughHome } from './sign-in.ts';

test('« Mon compte » : téléphone, adresse e-mail, mot de passe, déconnexion de tous les appareils', async ({
  page,
  browser,
  request,
}, info) => {
  test.setTimeout(90_000);
  const guardian = await activatedGuardian(request, uniqueEmail('compte', info));
  await signInThroughHome(page, guardian.email, guardian.password);
  await expect(page).toHaveURL('/espace');
  await page.getByRole('main').getByRole('link', { name: 'Mon compte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  const family = page.getByRole('region', { name: 'Ma famille' });
  await expect(family).toContainText(/F\d{4}-\d{5}/);
  await expect(family).toContainText('3 place de la Mairie, 34540 Valbourg');
  await expect(family).toContainText('Noé Essai');
  await expectNoAxeViolations(page);

  // Téléphone
  const phoneForm = page.getByRole('region', { name: 'Téléphone' });
  await phoneForm.getByLabel('Numéro de téléphone').fill('12');
  await phoneForm.getByRole('button', { name: 'Enregistrer le téléphone' }).click();
  await expect(phoneForm.getByLabel('Numéro de téléphone')).toHaveAccessibleDescription(
    /Numéro de téléphone invalide/,
  );
  await phoneForm.getByLabel('Numéro de téléphone').fill('06 98 76 54 32');
  await phoneForm.getByRole('button', { name: 'Enregistrer le téléphone' }).click();
  await expect(phoneForm.getByRole('status')).toHaveText('Votre numéro de téléphone est enregistré.');
  await expect(page.getByRole('region', { name: 'Mes informations' })).toContainText('06 98 76 54 32');

  // Mot de passe: the current one is asked first.
  const passwordForm = page.getByRole('region', { name: 'Mot de passe' });
  await passwordForm.getByLabel('Mot de passe actuel').fill('Pas-le-bon-1234!');
  await passwordForm.getByLabel('Nouveau mot de passe').fill('Autre-Mot-De-Passe-42');
  await passwordForm.getByLabel('Confirmez le mot de passe').fill('Autre-Mot-De-Passe-42');
  await passwordForm.getByRole('button', { name: 'Changer le mot de passe' }).click();
  const current = passwordForm.getByLabel('Mot de passe actuel');
  await expect(current).toHaveAccessibleDescription('Le mot de passe actuel est incorrect.');
  await expect(current).toBeFocused();
  await current.fill(guardian.password);
  await passwordForm.getByRole('button', { name: 'Changer le mot de passe' }).click();
  await expect(passwordForm.getByRole('status')).toContainText('Votre mot de passe est changé.');

  // Adresse e-mail: a link to confirm is sent to the new address.
  const newEmail = uniqueEmail('nouvelle', info);
  const emailForm = page.getByRole('region', { name: 'Adresse e-mail' });
  await emailForm.getByLabel('Nouvelle adresse e-mail').fill(newEmail);
  await emailForm.getByLabel('Mot de passe', { exact: true }).fill('Autre-Mot-De-Passe-42');
  await emailForm.getByRole('button', { name: "Changer d'adresse e-mail" }).click();
  await expect(emailForm.getByRole('status')).toContainText(
    `Un lien de confirmation a été envoyé à ${newEmail}`,
  );
  await expectNoAxeViolations(page);

  const link = await linkFromOutbox(request, guardian.staff, newEmail, /Confirmez votre nouvelle adresse/);
  await page.goto(link);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Confirmez votre nouvelle adresse' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Confirmer cette adresse' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Adresse confirmée' })).toBeFocused();
  await expect(page.getByRole('main')).toContainText(`${newEmail} est désormais votre identifiant`);

  // Another device signed in with the new identifier…
  const other = await newVisitor(browser, info);
  await signInThroughHome(other.page, newEmail, 'Autre-Mot-De-Passe-42');
  await expect(other.page).toHaveURL('/espace');

  // …is signed out too by «Se déconnecter de tous les appareils», after a confirmation.
  await page.getByRole('link', { name: 'Aller à mon compte' }).click();
  const devices = page.getByRole('region', { name: 'Appareils connectés' });
  const open = devices.getByRole('button', { name: 'Se déconnecter de tous les appareils' });
  await open.click();
  const dialog = page.getByRole('dialog', { name: 'Se déconnecter de tous les appareils ?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
  await open.click();
  await dialog.getByRole('button', { name: 'Oui, me déconnecter partout' }).click();
  await expect(page.getByRole('region', { name: 'Connexion à votre espace' })).toContainText(
    'Vous êtes déconnecté de tous les appareils',
  );

  await other.page.reload();
  await expect(other.page).toHaveURL('/#connexion');
  await other.context.close();
});
