import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';

type Outgoing = { id: number; method: string; params?: { path?: string } };

/**
 * Answers the first `documents.listPublic` call with the error the server sends when it is unavailable, and lets
 * everything else through to the real server.
 */
async function failFirstDocumentsRead(page: Page) {
  let failed = false;
  await page.routeWebSocket(/\/trpc(\?|$)/, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((frame) => {
      const parsed = JSON.parse(String(frame)) as Outgoing | Outgoing[];
      const messages = Array.isArray(parsed) ? parsed : [parsed];
      const passing: Outgoing[] = [];
      for (const message of messages) {
        if (!failed && message.params?.path === 'documents.listPublic') {
          failed = true;
          ws.send(
            JSON.stringify({
              id: message.id,
              error: {
                code: -32603,
                message: 'Le service est momentanément indisponible.',
                data: { code: 'INTERNAL_SERVER_ERROR', httpStatus: 500, appCode: 'UNAVAILABLE' },
              },
            }),
          );
        } else {
          passing.push(message);
        }
      }
      if (passing.length > 0) server.send(JSON.stringify(Array.isArray(parsed) ? passing : passing[0]));
    });
  });
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
