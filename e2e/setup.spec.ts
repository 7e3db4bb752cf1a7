import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { agent, signIn } from './accounts-api.ts';
import { expectNoAxeViolations } from './axe.ts';
import { signInThroughHome } from './sign-in.ts';

/**
 * «Paramétrage»: the admin edits a unit, adds then removes a closure, adds a facility and its first unit. Each
 * test works on its own facility
 * (the demo's units are what the other spec files book), named after the project: desktop and phone run at once
 * on one database.
 */

async function mutate<T>(request: APIRequestContext, token: string, path: string, input: unknown) {
  const response = await request.post(`/trpc/${path}`, {
    headers: { authorization: `Bearer ${token}` },
    data: input,
  });
  const body = (await response.json()) as { result?: { data: T }; error?: { message: string } };
  expect(response.ok(), `${path} : ${body.error?.message}`).toBe(true);
  return (body.result as { data: T }).data;
}

async function createFacility(request: APIRequestContext, name: string) {
  const token = await signIn(request, agent.email, agent.password);
  const { id: facilityId } = await mutate<{ id: number }>(request, token, 'setup.saveFacility', {
    name,
    kind: 'ale',
    schoolLevels: ['elementaire'],
    active: true,
  });
  await mutate(request, token, 'setup.saveUnit', {
    facilityId,
    name: 'Atelier',
    code: 'ATL',
    startTime: '09:00',
    endTime: '12:00',
    weekdays: [3],
    dailyCapacity: 12,
    bookAcceptUntil: { daysBefore: 2, time: '12:00' },
    bookRequestUntil: { daysBefore: 1, time: '09:00' },
    cancelAcceptUntil: { daysBefore: 3, time: '18:00' },
    cancelRequestUntil: { daysBefore: 0, time: '08:00' },
    priceCents: 150,
    includesMeal: false,
    position: 0,
  });
}

async function openFacility(page: Page, name: string) {
  const facility = page.getByRole('region', { name, exact: true });
  await facility.getByText('Unités et périodes').click();
  return facility;
}

test.describe('paramétrage', () => {
  test('l’admin modifie une unité, ajoute puis supprime une fermeture', async ({ page, request }, info) => {
    test.setTimeout(90_000);
    const tag = `${info.project.name} ${Date.now().toString(36)}`;
    const name = `Centre Paramétrage ${tag}`;
    await createFacility(request, name);

    await signInThroughHome(page, agent.email, agent.password);
    await page
      .getByRole('navigation', { name: 'Console des agents' })
      .getByRole('link', { name: 'Paramétrage' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Paramétrage' })).toBeVisible();
    let facility = await openFacility(page, name);
    const unit = facility.getByRole('listitem').filter({ hasText: 'Atelier' });
    await expect(unit).toContainText("acceptée jusqu'à J−2 à 12:00, demande jusqu'à J−1 à 09:00");
    await expect(unit).toContainText('1,50 €');
    await expectNoAxeViolations(page);

    // The capacity: a wrong value is refused by its field, then the right one is saved.
    await unit.getByRole('button', { name: 'Modifier l’unité Atelier' }).click();
    const capacity = unit.getByLabel('Capacité par jour');
    await capacity.fill('beaucoup');
    await unit.getByRole('button', { name: 'Enregistrer l’unité' }).click();
    const summary = unit.getByRole('region', { name: 'Le formulaire contient une erreur' });
    await expect(summary).toBeFocused();
    await expect(capacity).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);
    await capacity.fill('17');
    await unit.getByRole('button', { name: 'Enregistrer l’unité' }).click();
    await expect(unit.getByRole('button', { name: 'Modifier l’unité Atelier' })).toBeFocused();
    await expect(unit).toContainText('Capacité par jour17');

    await page.reload();
    facility = await openFacility(page, name);
    await expect(facility.getByRole('listitem').filter({ hasText: 'Atelier' })).toContainText(
      'Capacité par jour17',
    );

    // A closure for this facility only, added then removed after the confirmation.
    const reason = `Fermeture d’essai ${tag}`;
    const closures = page.getByRole('region', { name: 'Jours de fermeture' });
    await closures.getByRole('button', { name: 'Ajouter une fermeture' }).click();
    await closures.getByLabel('Établissement').selectOption({ label: name });
    await closures.getByLabel('Premier jour').fill('2099-06-15');
    await closures.getByLabel('Motif').fill(reason);
    await expectNoAxeViolations(page);
    await closures.getByRole('button', { name: 'Ajouter la fermeture' }).click();
    const closure = closures.getByRole('listitem').filter({ hasText: reason });
    await expect(closure).toContainText(`${name}, le 15 juin 2099`);

    await closure.getByRole('button', { name: `Supprimer la fermeture « ${reason} »` }).click();
    const dialog = page.getByRole('dialog', { name: 'Supprimer la fermeture ?' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(reason);
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Supprimer' }).click();
    await expect(dialog).toBeHidden();
    await expect(closures.getByRole('status')).toContainText(`La fermeture « ${reason} » est supprimée.`);
    await expect(closures.getByRole('listitem').filter({ hasText: reason })).toHaveCount(0);
  });

  test('l’admin corrige la fiche du service ; une valeur fausse est refusée par son champ', async ({
    page,
  }) => {
    await signInThroughHome(page, agent.email, agent.password);
    await page.goto('/agents/parametrage');
    const card = page.getByRole('region', { name: 'Fiche du service' });
    await expect(card).toContainText('Commune de Valbourg');
    await card.getByRole('button', { name: 'Modifier la fiche du service' }).click();
    const form = card.getByRole('form', { name: 'Modifier la fiche du service' });
    const phone = form.getByLabel('Téléphone');
    const before = await phone.inputValue();
    await phone.fill('12');
    await form.getByRole('button', { name: 'Enregistrer la fiche' }).click();
    await expect(phone).toHaveAttribute('aria-invalid', 'true');
    await expect(form).toContainText('Numéro de téléphone invalide (ex. 06 12 34 56 78).');
    await expectNoAxeViolations(page);
    // Saved as it was: the other tests read this card.
    await phone.fill(before);
    await form.getByRole('button', { name: 'Enregistrer la fiche' }).click();
    await expect(card.getByRole('status')).toHaveText('La fiche du service est enregistrée.');
    await expect(card.getByRole('button', { name: 'Modifier la fiche du service' })).toBeFocused();
    await expect(card).toContainText(before);
  });

  test('l’admin ajoute un établissement et sa première unité, puis le renomme', async ({ page }, info) => {
    test.setTimeout(90_000);
    const name = `Centre Nouveau ${info.project.name} ${Date.now().toString(36)}`;
    await signInThroughHome(page, agent.email, agent.password);
    await page.goto('/agents/parametrage');
    await expect(page.getByRole('heading', { level: 1, name: 'Paramétrage' })).toBeVisible();

    // Sent empty, the form names what is missing; then filled in, closed to families while it is set up.
    await page.getByRole('button', { name: 'Ajouter un établissement' }).click();
    const form = page.getByRole('form', { name: 'Nouvel établissement' });
    await form.getByRole('button', { name: 'Enregistrer l’établissement' }).click();
    await expect(
      form.getByRole('region', { name: /^Le formulaire contient (une erreur|\d+ erreurs)$/ }),
    ).toBeFocused();
    await expect(form.getByLabel('Nom')).toHaveAttribute('aria-invalid', 'true');
    await expect(form).toContainText('Choisissez au moins un niveau.');
    await expectNoAxeViolations(page);
    await form.getByLabel('Nom').fill(name);
    await form
      .getByLabel('Type d’accueil')
      .selectOption({ label: 'Extrascolaire (ALE) : mercredis et vacances' });
    await form.getByRole('checkbox', { name: 'Élémentaire' }).check();
    await form.getByRole('checkbox', { name: 'Ouvert aux réservations des familles' }).uncheck();
    await form.getByRole('button', { name: 'Enregistrer l’établissement' }).click();
    await expect(page.getByRole('button', { name: 'Ajouter un établissement' })).toBeFocused();

    // The new facility opens on its units, none yet.
    let facility = page.getByRole('region', { name, exact: true });
    await expect(facility).toContainText('Accueil extrascolaire, Élémentaire (fermé aux réservations)');
    await expect(facility).toContainText('Aucune unité : ajoutez-en une pour ouvrir les réservations.');
    await facility.getByRole('button', { name: `Ajouter une unité à ${name}` }).click();
    const unitForm = facility.getByRole('form', { name: 'Nouvelle unité' });
    await unitForm.getByLabel('Nom').fill('Journée');
    await unitForm.getByLabel('Code').fill('JRN');
    await unitForm.getByLabel('Heure de début').fill('08:00');
    await unitForm.getByLabel('Heure de fin').fill('18:00');
    await unitForm.getByRole('checkbox', { name: 'mer.' }).check();
    await unitForm.getByLabel('Capacité par jour').fill('24');
    await unitForm.getByLabel('Prix (en euros)').fill('12,50');
    await expectNoAxeViolations(page);
    await unitForm.getByRole('button', { name: 'Enregistrer l’unité' }).click();
    const unit = facility.getByRole('listitem').filter({ hasText: 'Journée' });
    await expect(unit).toContainText('08:00–18:00');
    await expect(unit).toContainText("acceptée jusqu'à J−2 à 12:00, demande jusqu'à J−1 à 09:00");
    await expect(unit).toContainText('12,50 €');

    await facility.getByRole('button', { name: `Modifier l’établissement ${name}` }).click();
    await facility.getByLabel('Nom').fill(`${name} (Tilleuls)`);
    await facility.getByRole('button', { name: 'Enregistrer l’établissement' }).click();
    facility = page.getByRole('region', { name: `${name} (Tilleuls)`, exact: true });
    await expect(
      facility.getByRole('button', { name: `Modifier l’établissement ${name} (Tilleuls)` }),
    ).toBeFocused();
    await page.reload();
    await expect(page.getByRole('region', { name: `${name} (Tilleuls)`, exact: true })).toContainText(
      'Accueil extrascolaire, Élémentaire (fermé aux réservations)',
    );
  });
});
