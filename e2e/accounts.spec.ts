import { expect, test } from '@playwright/test';
import {
  activatedGuardian,
  agent,
  linkFromOutbox,
  newVisitor,
  strongPassword,
  uniqueEmail,
} from './accounts-api.ts';
import { expectNoAxeViolations } from './axe.ts';
import { signInThroughHome } from './sign-in.ts';

test.describe('comptes', () => {
  test('un agent crée une famille ; le responsable active son compte puis se déconnecte', async ({
    page,
    browser,
  }, info) => {
    test.setTimeout(120_000);
    const email = uniqueEmail('activation', info);

    await page.goto('/');
    await signInThroughHome(page, agent.email, agent.password);
    await expect(page).toHaveURL('/agents');
    await expect(page.getByRole('heading', { level: 1, name: 'Familles' })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText(agent.name);
    await expectNoAxeViolations(page);

    // «Nouvelle famille»: an empty form is refused with a summary of what to correct.
    const consoleNav = page.getByRole('navigation', { name: 'Console des agents' });
    await consoleNav.getByRole('link', { name: 'Nouvelle famille' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle famille' })).toBeVisible();
    await page.getByRole('button', { name: 'Créer la famille' }).click();
    const summary = page.getByRole('region', { name: /Le formulaire contient \d+ erreurs/ });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText("L'adresse est obligatoire.");
    await expect(page.getByLabel('Adresse', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);

    await page.getByLabel('Adresse', { exact: true }).fill('8 chemin des Vignes');
    await page.getByLabel('Code postal').fill('34540');
    await page.getByLabel('Commune').fill('Valbourg');
    await page.getByLabel('Quotient familial (facultatif)').fill('850');
    const first = page.getByRole('group', { name: 'Responsable 1' });
    await first.getByLabel('Prénom').fill('Alix');
    await first.getByLabel('Nom', { exact: true }).fill('Testeur');
    await first.getByLabel('Adresse e-mail').fill(email);
    await first.getByLabel('Téléphone (facultatif)').fill('06 11 22 33 44');
    // A row added by mistake is removed before saving.
    await page.getByRole('button', { name: 'Ajouter un responsable' }).click();
    await expect(page.getByRole('group', { name: 'Responsable 2' }).getByLabel('Prénom')).toBeFocused();
    await page.getByRole('button', { name: 'Retirer le responsable 2' }).click();
    await expect(page.getByRole('group', { name: 'Responsable 2' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Ajouter un enfant' }).click();
    const child = page.getByRole('group', { name: 'Enfant 1' });
    await child.getByLabel('Prénom').fill('Lou');
    await child.getByLabel('Nom', { exact: true }).fill('Testeur');
    await child.getByLabel('Date de naissance').fill('2020-04-17');
    await child.getByLabel('Niveau scolaire').selectOption({ label: 'Maternelle' });
    await child.getByLabel('Classe (facultatif)').fill('MS');
    // The server refuses an address that is already someone's identifier: its message sits by the field.
    await first.getByLabel('Adresse e-mail').fill('parent@demo.fr');
    await page.getByRole('button', { name: 'Créer la famille' }).click();
    await expect(first.getByLabel('Adresse e-mail')).toHaveAccessibleDescription(
      /L'adresse parent@demo\.fr est déjà celle d'un autre compte\./,
    );
    await expect(page.getByRole('region', { name: 'Le formulaire contient une erreur' })).toBeFocused();
    await first.getByLabel('Adresse e-mail').fill(email);
    await page.getByRole('button', { name: 'Créer la famille' }).click();

    await expect(page).toHaveURL(/\/agents\/familles\/\d+$/);
    const familyUrl = page.url();
    await expect(page.getByRole('heading', { level: 1, name: /^Famille / })).toBeVisible();
    await expect(page.getByText(/Un lien d'activation a été envoyé à chaque responsable/)).toBeVisible();
    const firstGuardian = page.getByRole('group', { name: 'Responsable 1' });
    await expect(firstGuardian).toContainText("En attente d'activation");
    await expectNoAxeViolations(page);

    // The file is edited in place: a class changes, a second guardian is added (and gets their own mail).
    const second = uniqueEmail('second', info);
    await page.getByRole('group', { name: 'Enfant 1' }).getByLabel('Classe (facultatif)').fill('GS');
    await page.getByRole('button', { name: 'Ajouter un responsable' }).click();
    const other = page.getByRole('group', { name: 'Responsable 2' });
    await other.getByLabel('Prénom').fill('Sacha');
    await other.getByLabel('Nom', { exact: true }).fill('Testeur');
    await other.getByLabel('Adresse e-mail').fill(second);
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Les modifications sont enregistrées.' }),
    ).toContainText(`Un lien d'activation a été envoyé à ${second}.`);
    await expect(other).toContainText("En attente d'activation");
    await expect(page.getByRole('group', { name: 'Enfant 1' }).getByLabel('Classe (facultatif)')).toHaveValue(
      'GS',
    );

    // «Renvoyer le lien d'activation», after a confirmation: the first link stops working.
    await firstGuardian.getByRole('button', { name: "Renvoyer le lien d'activation à Alix Testeur" }).click();
    const dialog = page.getByRole('dialog', { name: "Renvoyer le lien d'activation ?" });
    await expect(dialog).toContainText(email);
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Renvoyer le lien' }).click();
    await expect(dialog).toBeHidden();
    await expect(firstGuardian.getByRole('status')).toHaveText(
      `Un nouveau lien d'activation a été envoyé à ${email}.`,
    );

    // «Courriels envoyés»: the activation mails, the newest first, and the link of the last one.
    await consoleNav.getByRole('link', { name: 'Courriels envoyés' }).click();
    await page.getByLabel('Destinataire').fill(email);
    await page.getByRole('button', { name: 'Filtrer' }).click();
    const rows = page.getByRole('row').filter({ hasText: email });
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText('Conservé');
    await expectNoAxeViolations(page);
    await rows
      .first()
      .getByRole('link', { name: /Activez votre compte/ })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: /Activez votre compte/ })).toBeVisible();
    await expectNoAxeViolations(page);
    const link = await page.getByRole('link', { name: /\/activation#/ }).getAttribute('href');
    expect(link).toBeTruthy();

    // The guardian, on their own device, opens the link.
    const guardian = await newVisitor(browser, info);
    const gp = guardian.page;
    await gp.goto(link ?? '');
    await expect(gp.getByRole('heading', { level: 1, name: 'Activez votre compte' })).toBeVisible();
    await expect(gp.getByRole('main')).toContainText(`Bonjour Alix, votre identifiant est ${email}`);
    expect(new URL(gp.url()).hash, 'le secret du lien quitte la barre d’adresse').toBe('');
    await expectNoAxeViolations(gp);

    const password = gp.getByLabel('Nouveau mot de passe');
    await password.fill('soleil');
    await expect(
      gp.getByText('Il manque : au moins 12 caractères, une majuscule, un chiffre, un caractère spécial.'),
    ).toBeVisible();
    await gp.getByLabel('Confirmez le mot de passe').fill('soleil');
    await gp.getByRole('button', { name: 'Activer mon compte' }).click();
    await expect(gp.getByRole('region', { name: 'Le formulaire contient une erreur' })).toBeFocused();
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await expect(password).toHaveAccessibleDescription(
      /Mot de passe trop faible\. Il manque : au moins 12 caractères/,
    );
    await expectNoAxeViolations(gp);

    await password.fill(strongPassword);
    await expect(gp.getByText('Mot de passe conforme.')).toBeVisible();
    await gp.getByLabel('Confirmez le mot de passe').fill(strongPassword);
    await gp.getByRole('button', { name: 'Activer mon compte' }).click();
    await expect(gp).toHaveURL('/espace');
    await expect(gp.getByRole('heading', { level: 1, name: 'Bonjour Alix' })).toBeVisible();
    await expect(gp.getByRole('region', { name: 'Vos enfants' })).toContainText('Lou Testeur');
    await expect(gp.getByRole('banner')).toContainText('Alix Testeur');
    await expectNoAxeViolations(gp);

    await gp.getByRole('banner').getByRole('button', { name: 'Se déconnecter' }).click();
    await expect(gp.getByRole('region', { name: 'Connexion à votre espace' })).toContainText(
      'Vous êtes déconnecté',
    );
    await expect(gp.getByRole('banner').getByRole('button', { name: 'Se déconnecter' })).toHaveCount(0);

    // The link served once.
    await gp.goto(link ?? '');
    await expect(gp.getByRole('heading', { level: 1, name: "Ce lien n'est plus valable" })).toBeVisible();
    await expect(gp.getByRole('main').getByRole('link', { name: /@/ })).toHaveAttribute('href', /^mailto:/);
    await expectNoAxeViolations(gp);
    await guardian.context.close();

    // Back in the console (a reload: the session comes back from the refresh cookie), the account is active.
    await page.goto(familyUrl);
    await expect(page.getByRole('group', { name: 'Responsable 1' })).toContainText('Compte activé le');
  });

  test('mot de passe oublié : demande, courriel, nouveau mot de passe, connecté', async ({
    page,
    request,
  }, info) => {
    const guardian = await activatedGuardian(request, uniqueEmail('oubli', info));
    await page.goto('/');
    await page.getByRole('link', { name: 'Identifiant ou Mot de passe oublié ?' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Identifiant ou mot de passe oublié' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel('Adresse e-mail').fill(guardian.email);
    await page.getByRole('button', { name: 'Recevoir le courriel' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Si un compte correspond' })).toHaveText(
      'Si un compte correspond à cette adresse, vous allez recevoir un courriel avec votre identifiant et un lien pour choisir un nouveau mot de passe (valable 1 heure). Pensez à vérifier vos courriers indésirables.',
    );

    const link = await linkFromOutbox(request, guardian.staff, guardian.email, /Identifiant et mot de passe/);
    await page.goto(link);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Choisissez un nouveau mot de passe' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel('Nouveau mot de passe').fill('Nouveau-Départ-2027?');
    await page.getByLabel('Confirmez le mot de passe').fill('Nouveau-Départ-2027?');
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await expect(page).toHaveURL('/espace');
    await expect(
      page.getByRole('heading', { level: 1, name: `Bonjour ${guardian.firstName}` }),
    ).toBeVisible();

    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1, name: "Ce lien n'est plus valable" })).toBeVisible();
  });

  test('un mauvais mot de passe est refusé avec un message clair', async ({ page, request }, info) => {
    const guardian = await activatedGuardian(request, uniqueEmail('erreur', info));
    await page.goto('/');
    const block = page.getByRole('region', { name: 'Connexion à votre espace' });
    await block.getByLabel('Identifiant', { exact: true }).fill(guardian.email);
    await block.getByLabel('Mot de passe', { exact: true }).fill('Pas-le-bon-1234!');
    await block.getByRole('button', { name: 'Se connecter' }).click();
    await expect(block.getByRole('alert')).toHaveText('Identifiant ou mot de passe incorrect.');
    await expect(block.locator('form')).toHaveAccessibleDescription('Identifiant ou mot de passe incorrect.');
    await expectNoAxeViolations(page);
  });

  test('un lien forgé dit qu’il n’est plus valable et ce qu’il faut faire', async ({ page }) => {
    await page.goto('/mot-de-passe#ceci-n-est-pas-un-vrai-lien-de-reinitialisation');
    await expect(page.getByRole('heading', { level: 1, name: "Ce lien n'est plus valable" })).toBeVisible();
    await expect(page).toHaveURL('/mot-de-passe');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Identifiant ou Mot de passe oublié ?' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Identifiant ou mot de passe oublié' }),
    ).toBeVisible();

    await page.goto(`/activation#${'A'.repeat(43)}`);
    await expect(page.getByRole('heading', { level: 1, name: "Ce lien n'est plus valable" })).toBeVisible();
    await expect(page.getByRole('main')).toContainText(
      "demandez un nouveau lien d'activation au Service Enfance Jeunesse",
    );
  });
});
