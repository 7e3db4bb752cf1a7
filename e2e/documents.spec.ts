import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

/**
 * Answers the first `documents.listPublic` read (an HTTP GET: the home page reads it without the tRPC client) with
 * the error the server sends when it is unavailable, and lets everything else through to the real server.
 */
async function failFirstDocumentsRead(page: Page) {
  await page.route(
    '**/trpc/documents.listPublic*',
    (route) =>
      route.fulfill({
        status: 500,
        json: {
          error: {
            code: -32603,
            message: 'Le service est momentanément indisponible.',
            data: { code: 'INTERNAL_SERVER_ERROR', httpStatus: 500, appCode: 'UNAVAILABLE' },
          },
        },
      }),
    { times: 1 },
  );
}

test('une erreur de lecture des documents se dit en français et propose « Réessayer »', async ({ page }) => {
  await failFirstDocumentsRead(page);
  await page.goto('/');
  const section = page.getByRole('region', { name: 'Télécharger les documents' });

  await expect(section.getByRole('alert')).toHaveText(/Le service est momentanément indisponible\./);
  await expectNoAxeViolations(page);

  await section.getByRole('button', { name: 'Réessayer' }).click();
  await expect(section.getByRole('alert')).toHaveCount(0);
  await expect(section.getByRole('link', { name: /PDF, \d+ Ko$/ }).first()).toBeVisible();
});
