import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

test.describe('bloc « Connexion à votre espace »', () => {
  test('est un formulaire accessible qui dit ce qui manque', async ({ page }) => {
    await page.goto('/');
    const block = page.getByRole('region', { name: 'Connexion à votre espace' });
    const identifier = block.getByLabel('Identifiant', { exact: true });
    const password = block.getByLabel('Mot de passe', { exact: true });
    await expect(identifier).toHaveAttribute('autocomplete', 'username');
    await expect(password).toHaveAttribute('type', 'password');
    await expect(password).toHaveAttribute('autocomplete', 'current-password');

    await block.getByRole('button', { name: 'Se connecter' }).click();
    await expect(identifier).toBeFocused();
    await expect(identifier).toHaveAttribute('aria-invalid', 'true');
    await expect(identifier).toHaveAccessibleDescription(/Saisissez votre identifiant/);
    await expect(password).toHaveAccessibleDescription(/Saisissez votre mot de passe/);
    await expectNoAxeViolations(page);

    await identifier.fill('pas-une-adresse');
    await password.fill('un mot de passe');
    await password.press('Enter');
    await expect(identifier).toHaveAccessibleDescription(/Saisissez une adresse e-mail valide/);
    await expect(password).not.toHaveAttribute('aria-invalid', 'true');

    await block.getByLabel('Afficher le mot de passe').check();
    await expect(password).toHaveAttribute('type', 'text');
  });

  test('« Identifiant ou Mot de passe oublié ? » mène au formulaire de demande', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Identifiant ou Mot de passe oublié ?' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Identifiant ou mot de passe oublié' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Recevoir le courriel' }).click();
    const email = page.getByLabel('Adresse e-mail');
    await expect(email).toBeFocused();
    await expect(email).toHaveAccessibleDescription('Saisissez votre adresse e-mail.');
    await expectNoAxeViolations(page);
  });

  test('une connexion ralentie par sécurité dit quand réessayer', async ({ page }) => {
    // Answered here as the server does after repeated failures: the shared e2e server must not be throttled.
    const message = 'Trop de tentatives de connexion. Par sécurité, réessayez après 10:42:07.';
    await page.route('**/trpc/auth.login', (route) =>
      route.fulfill({
        status: 429,
        contentType: 'application/json',
        body: JSON.stringify({
          error: {
            message,
            code: -32029,
            data: {
              code: 'TOO_MANY_REQUESTS',
              httpStatus: 429,
              path: 'auth.login',
              appCode: 'TOO_MANY_REQUESTS',
            },
          },
        }),
      }),
    );
    await page.goto('/');
    const block = page.getByRole('region', { name: 'Connexion à votre espace' });
    await block.getByLabel('Identifiant', { exact: true }).fill('quelquun@exemple.fr');
    await block.getByLabel('Mot de passe', { exact: true }).fill('Un-Essai-De-Trop-1');
    await block.getByRole('button', { name: 'Se connecter' }).click();
    await expect(block.getByRole('alert')).toHaveText(message);
    await expect(block.locator('form')).toHaveAccessibleDescription(message);
    await expectNoAxeViolations(page);
  });
});
