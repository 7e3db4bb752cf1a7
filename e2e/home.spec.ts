import { expect, test } from '@playwright/test';
import { documentCategories, documentCategoryLabels } from '@portail/shared/documents/schema';
import { expectNoAxeViolations } from './axe.ts';
import { literally, readMunicipality, readPublicDocuments } from './public-data.ts';

test.describe("page d'accueil", () => {
  test('présente le Portail Famille en français, pour la commune', async ({ page, request }) => {
    const municipality = await readMunicipality(request);
    const consoleErrors: string[] = []; // a Content-Security-Policy violation shows up here
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    await page.goto('/');

    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page).toHaveTitle(/Portail Famille/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Bienvenue sur le Portail Famille' }),
    ).toBeVisible();
    await expect(page.getByRole('banner')).toContainText(municipality.name);
    await expect(page.getByRole('banner')).toContainText('Portail Famille');
    const presentation = page
      .getByRole('main')
      .getByText(/lance le «\s?Portail Famille\s?», un espace sécurisé/);
    await expect(presentation).toContainText(
      'un espace sécurisé qui permet aux administrés de bénéficier des prestations du Service Enfance Jeunesse',
    );
    await expect(presentation).toContainText(municipality.name.replace(/^(commune|mairie|ville) de /i, ''));
    const offer = page.getByRole('list').filter({ hasText: 'Inscrire vos enfants' });
    await expect(offer.getByRole('listitem')).toHaveText([
      /Inscrire vos enfants aux accueils de loisirs périscolaires et extrascolaires \(ALP \/ ALE\)/,
      /Régler les prestations et éditer vos factures/,
      /Conserver et accéder à un historique de vos paiements et inscriptions/,
      /Télécharger les documents d'inscriptions ALE \/ ALP/,
    ]);

    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('heading', { name: municipality.serviceName })).toBeVisible();
    await expect(footer.getByRole('link', { name: municipality.phone })).toHaveAttribute('href', /^tel:/);
    await expect(footer.getByRole('link', { name: municipality.email })).toHaveAttribute(
      'href',
      `mailto:${municipality.email}`,
    );
    await expectNoAxeViolations(page);
    expect(consoleErrors).toEqual([]);
  });

  test('a un lien d’évitement vers le contenu', async ({ page, isMobile }) => {
    test.skip(isMobile, 'navigation au clavier');
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Aller au contenu' });
    await expect(skipLink).toBeFocused();
    await skipLink.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });

  test('propose les documents de la base, par catégorie, à télécharger', async ({ page, request }) => {
    const documents = await readPublicDocuments(request);
    await page.goto('/');
    const section = page.getByRole('region', { name: 'Télécharger les documents' });

    for (const category of documentCategories) {
      const group = section.getByRole('region', { name: documentCategoryLabels[category] });
      const expected = documents.filter((d) => d.category === category);
      expect(expected.length, `documents de démonstration « ${category} »`).toBeGreaterThan(0);
      for (const document of expected) {
        const link = group.getByRole('link', {
          name: new RegExp(`^${literally(document.title)} PDF, \\d+ Ko$`),
        });
        await expect(link).toBeVisible();
      }
    }
    await expectNoAxeViolations(page);

    const first = documents[0];
    if (!first) throw new Error('aucun document de démonstration');
    const link = section.getByRole('link', { name: new RegExp(`^${literally(first.title)}`) });
    const downloading = page.waitForEvent('download');
    await link.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(first.fileName);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const response = await request.get((await link.getAttribute('href')) ?? '');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/pdf/);
    expect((await response.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});

test.describe('page introuvable', () => {
  test('une adresse inconnue affiche « Page introuvable » et ramène à l’accueil', async ({ page }) => {
    await page.goto('/cette-page-n-existe-pas');
    await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
    await expect(page).toHaveTitle(/Page introuvable/);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: "Retour à l'accueil du Portail Famille" }).click();
    await expect(page).toHaveURL('/');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Bienvenue sur le Portail Famille' }),
    ).toBeVisible();
  });
});
