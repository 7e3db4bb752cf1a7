import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { readMunicipality } from './public-data.ts';

test.describe('bloc « Connexion à votre espace »', () => {
  test('est un formulaire accessible qui annonce l’ouverture prochaine', async ({ page }) => {
    await page.goto('/');
    const block = page.getByRole('region', { name: 'Connexion à votre espace' });
    const identifier = block.getByLabel('Identifiant', { exact: true });
    const password = block.getByLabel('Mot de passe', { exact: true });
    await expect(identifier).toHaveAttribute('autocomplete', 'username');
    await expect(password).toHaveAttribute('type', 'password');

    await block.getByRole('button', { name: 'Se connecter' }).click();
    await expect(identifier).toBeFocused();
    await expect(identifier).toHaveAttribute('aria-invalid', 'true');
    await expect(identifier).toHaveAccessibleDescription(/Saisissez votre identifiant/);
    await expect(password).toHaveAccessibleDescription(/Saisissez votre mot de passe/);
    await expectNoAxeViolations(page);

    await identifier.fill('parent@exemple.fr');
    await password.fill('un mot de passe');
    await password.press('Enter');
    await expect(block.getByRole('status')).toContainText('ouvrira très prochainement');
    await expect(identifier).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('« Identifiant ou Mot de passe oublié ? » mène vers le Service Enfance Jeunesse', async ({
    page,
    request,
  }) => {
    const municipality = await readMunicipality(request);
    await page.goto('/');
    await page.getByRole('link', { name: 'Identifiant ou Mot de passe oublié ?' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Identifiant ou mot de passe oublié' }),
    ).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: municipality.email })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
