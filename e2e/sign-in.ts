import { expect, type Page } from '@playwright/test';

/** Signs in through the home page's «Connexion à votre espace» block, as a person would. */
export async function signInThroughHome(page: Page, email: string, password: string) {
  if (!page.url().startsWith('http') || new URL(page.url()).pathname !== '/') await page.goto('/');
  const block = page.getByRole('region', { name: 'Connexion à votre espace' });
  await block.getByLabel('Identifiant', { exact: true }).fill(email);
  await block.getByLabel('Mot de passe', { exact: true }).fill(password);
  await block.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
}
