import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { formatMonthFr } from '@portail/shared/billing/format';
import { addMonths } from '@portail/shared/billing/months';
import { parisDate } from '@portail/shared/bookings/calendar';
import { agent } from './accounts-api.ts';
import { expectNoAxeViolations } from './axe.ts';
import { openConsole } from './console.ts';
import { signInThroughHome } from './sign-in.ts';

/**
 * The staff's side of billing. The demo family's invoices to pay are shared out between the two projects
 * (see billing.spec.ts): the desk payment here takes a month the parent's tests leave alone.
 */
const deskMonth = (project: string) => (project === 'phone' ? -2 : -5);
const billedMonth = (offset: number) => addMonths(parisDate(new Date()).slice(0, 7), offset);

test('« Facturation » : le mois déjà facturé, et une absence sur un jour non réservé', async ({
  page,
}, info) => {
  await signInThroughHome(page, agent.email, agent.password);
  await openConsole(page, 'Facturation', 'Facturation');
  const month = billedMonth(-1);
  await expect(page.getByLabel('Mois facturé')).toHaveValue(month);
  const invoiced = page.getByRole('table', { name: 'Factures déjà émises pour ce mois' });
  await expect(invoiced.getByRole('row').filter({ hasText: 'Camille Martin' })).toContainText(
    /n° \d{4}-\d{5}/,
  );
  await expectNoAxeViolations(page);

  // A Sunday: nothing is booked, the server says so in French.
  await page.getByLabel('Rechercher la famille').fill('Martin');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  const family = page.getByLabel('Famille', { exact: true });
  const option = family.locator('option').filter({ hasText: 'Camille Martin' }).first();
  await family.selectOption((await option.getAttribute('value')) ?? '');
  await page
    .getByLabel('Enfant')
    .selectOption({ label: info.project.name === 'phone' ? 'Hugo Martin' : 'Léa Martin' });
  const unit = page.getByLabel('Prestation');
  await unit.selectOption((await unit.locator('option').nth(1).getAttribute('value')) ?? '');
  const sunday = new Date();
  sunday.setDate(sunday.getDate() - sunday.getDay() - 7);
  await page.getByLabel('Date').fill(parisDate(sunday));
  await page.getByRole('radio', { name: 'Absence justifiée (non facturée)' }).check();
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'réservation' })).toHaveText(
    "Cet enfant n'a pas de réservation pour cette prestation ce jour-là.",
  );
  await expectNoAxeViolations(page);
});

test('« Paiements » : un paiement au guichet, puis les exports du comptable', async ({ page }, info) => {
  await signInThroughHome(page, agent.email, agent.password);
  await openConsole(page, 'Paiements', 'Suivi des paiements');
  await expect(page.getByRole('table', { name: 'Paiements' })).toBeVisible();
  await expectNoAxeViolations(page);

  const open = page.getByRole('button', { name: 'Enregistrer un paiement au guichet' });
  await open.click();
  await expect(open).toHaveAttribute('aria-expanded', 'true');
  const month = billedMonth(deskMonth(info.project.name));
  await page.getByLabel('Rechercher la famille').fill('Martin');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page.getByLabel('Famille', { exact: true })).toContainText('Camille Martin');
  const invoice = page.locator('label').filter({ hasText: ` – ${formatMonthFr(month)} – ` });
  await expect(invoice).toHaveCount(1);
  const number = /n° (\d{4}-\d{5})/.exec((await invoice.textContent()) ?? '')?.[1] ?? '';
  await invoice.getByRole('checkbox').check();
  await page.getByRole('radio', { name: 'Espèces' }).check();
  await page.getByLabel('Montant reçu (€)').fill('10,00');
  await page.getByRole('button', { name: 'Enregistrer le paiement' }).click();
  const confirm = page.getByRole('dialog', { name: 'Enregistrer le paiement' });
  await expect(confirm).toContainText(`10,00\u00a0€ en espèces`);
  await expect(confirm).toContainText(`la facture n° ${number}`);
  await expectNoAxeViolations(page);
  await confirm.getByRole('button', { name: 'Enregistrer le paiement' }).click();
  const status = page.getByRole('status').filter({ hasText: 'enregistré' });
  await expect(status).toContainText(`pour la facture n° ${number}`);
  const reference = /Paiement (P\d+)/.exec((await status.textContent()) ?? '')?.[1] ?? '';
  const row = page.getByRole('row').filter({ hasText: reference });
  await expect(row).toContainText('Validé');
  await expect(row).toContainText('Guichet du S.E.J.');
  await expectNoAxeViolations(page);

  // The public accountant's files, saved with the staff's token.
  const [invoices] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporter les factures (CSV)' }).click(),
  ]);
  expect(invoices.suggestedFilename()).toMatch(/^factures-\d{4}-\d\d-\d{4}-\d\d\.csv$/);
  const invoicesCsv = (await readFile((await invoices.path()) ?? '')).toString('utf8');
  expect(invoicesCsv).toMatch(/^\ufeffNuméro;Mois facturé;/);
  const [payments] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporter les paiements (CSV)' }).click(),
  ]);
  const paymentsCsv = (await readFile((await payments.path()) ?? '')).toString('utf8');
  expect(paymentsCsv).toContain(`${reference};`);
  await expect(page.getByRole('status').filter({ hasText: 'Fichier paiements-' })).toBeVisible();
});
