import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { agent, signIn } from './accounts-api.ts';
import { expectNoAxeViolations } from './axe.ts';
import { signInThroughHome } from './sign-in.ts';

/**
 * «Paramétrage»: the admin edits a unit and adds then removes a closure. Each test works on its own facility
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
});
