import { expect, test } from '@playwright/test';
import { activatedGuardian, agent, uniqueEmail } from './accounts-api.ts';
import { expectNoAxeViolations } from './axe.ts';
import { signInThroughHome } from './sign-in.ts';

type Outgoing = { id: number; method: string; params?: { path?: string } };

test.describe('session', () => {
  test('une page de l’espace, sans session, mène à la connexion puis y revient', async ({
    page,
    request,
  }, info) => {
    const guardian = await activatedGuardian(request, uniqueEmail('garde', info));
    await page.goto('/mon-compte');
    await expect(page).toHaveURL('/#connexion');
    const block = page.getByRole('region', { name: 'Connexion à votre espace' });
    await expect(block.getByText('Connectez-vous pour accéder à votre espace.')).toBeFocused();
    await expectNoAxeViolations(page);

    await signInThroughHome(page, guardian.email, guardian.password);
    await expect(page).toHaveURL('/mon-compte');
    await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();

    // A guardian is not an agent.
    await page.goto('/agents');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Accès réservé aux agents du service' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('« Se déconnecter » puis l’application fermée aussitôt : elle se rouvre déconnectée', async ({
    context,
    page,
    request,
  }, info) => {
    const guardian = await activatedGuardian(request, uniqueEmail('ferme', info));
    await signInThroughHome(page, guardian.email, guardian.password);
    // Poor signal: the sign-out is on its way, not answered, when the parent closes the app.
    const sent = new Promise<void>((resolve) => {
      void page.route('**/trpc/auth.logout**', () => resolve());
    });
    await page.getByRole('banner').getByRole('button', { name: 'Se déconnecter' }).click();
    await sent;
    await page.close();

    const reopened = await context.newPage();
    await reopened.goto('/mon-compte');
    await expect(reopened).toHaveURL('/#connexion');
    await expect(
      reopened
        .getByRole('region', { name: 'Connexion à votre espace' })
        .getByLabel('Identifiant', { exact: true }),
    ).toBeVisible();
    await expect(reopened.getByRole('banner').getByRole('button', { name: 'Se déconnecter' })).toHaveCount(0);
    await expectNoAxeViolations(reopened);
  });

  test('un agent arrive sur la console et y retrouve une famille', async ({ page }) => {
    await signInThroughHome(page, agent.email, agent.password);
    await expect(page).toHaveURL('/agents');
    const nav = page.getByRole('navigation', { name: 'Console des agents' });
    await expect(nav.getByRole('link', { name: 'Familles' })).toHaveAttribute('aria-current', 'page');
    await page.getByLabel('Rechercher une famille').fill('Martin');
    await expect(page.getByRole('status').filter({ hasText: /famille/ })).toContainText(
      /\d+ familles? trouvées?/,
    );
    await expect(page).toHaveURL('/agents?q=Martin');
    await expect(page.getByRole('row').filter({ hasText: 'Camille Martin' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('row').filter({ hasText: 'Camille Martin' }).getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1, name: /^Famille / })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Familles' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('group', { name: 'Responsable 1' })).toContainText('Compte activé le');
    await expectNoAxeViolations(page);
  });

  test('la session se renouvelle sans que la page perde son état', async ({ page, request }, info) => {
    const guardian = await activatedGuardian(request, uniqueEmail('renouvelle', info));
    let rejectOnce = true;
    const sockets: { close: (options: { code: number; reason: string }) => Promise<void> }[] = [];
    await page.routeWebSocket(/\/trpc(\?|$)/, (ws) => {
      sockets.push(ws);
      const server = ws.connectToServer();
      ws.onMessage((frame) => {
        const parsed = JSON.parse(String(frame)) as Outgoing | Outgoing[];
        const messages = Array.isArray(parsed) ? parsed : [parsed];
        const passing = messages.filter((message) => {
          if (!rejectOnce || message.params?.path !== 'account.get') return true;
          rejectOnce = false; // as the server answers a token that expired while the tab slept
          ws.send(
            JSON.stringify({
              id: message.id,
              error: {
                code: -32001,
                message: 'Votre session a expiré. Veuillez vous reconnecter.',
                data: { code: 'UNAUTHORIZED', httpStatus: 401, appCode: 'UNAUTHENTICATED' },
              },
            }),
          );
          return false;
        });
        if (passing.length > 0) server.send(JSON.stringify(Array.isArray(parsed) ? passing : passing[0]));
      });
    });
    const refreshed = page.waitForRequest('**/trpc/auth.refresh');
    await signInThroughHome(page, guardian.email, guardian.password);
    await expect(page).toHaveURL('/espace');
    await refreshed;
    await expect(page.getByRole('region', { name: 'Vos enfants' })).toContainText('Noé Essai');

    // The server closes the socket when the token expires (4001); the next call opens a new one.
    await sockets.at(-1)?.close({ code: 4001, reason: 'jeton expiré' });
    await page.getByRole('link', { name: 'Mon compte' }).click();
    await expect(page.getByRole('region', { name: 'Mes informations' })).toContainText(guardian.email);
    expect(sockets.length).toBeGreaterThan(1);
  });
});
