import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { formatMonthFr } from '@portail/shared/billing/format';
import { addMonths } from '@portail/shared/billing/months';
import { parisDate } from '@portail/shared/bookings/calendar';
import { activatedGuardian, agent, newVisitor, uniqueEmail } from './accounts-api.ts';
import { expectNoAxeViolations } from './axe.ts';
import { pdfText } from './billing-pdf.ts';
import { signInThroughHome } from './sign-in.ts';

/**
 * Guide §6 « Mes Factures & Paiements », as a parent reads it, through the demo bank (PAYMENT_PROVIDER=sandbox).
 * The demo family has fourteen monthly invoices, the six oldest paid and the eight later ones to pay
 * (server/src/demo/billing.ts). Both projects share the e2e database, so each pays its own months (counted
 * back from this one) and no test waits for another's payment: an invoice being paid cannot be paid again.
 */
const parent = { email: 'parent@demo.fr', password: 'Demo-parent-2026' };
const cards = { delayed: '4000 0000 0000 0077', refused: '4000 0000 0000 0002' };
const monthsFor = (project: string) =>
  project === 'phone' ? { pair: [-4, -3], refused: -1 } : { pair: [-8, -7], refused: -6 };
/** « mars 2026 » for the month `offset` months from this one (in Paris). */
const billedMonth = (offset: number) => formatMonthFr(addMonths(parisDate(new Date()).slice(0, 7), offset));

async function openInvoices(page: Page, who = parent) {
  await signInThroughHome(page, who.email, who.password);
  await expect(page).toHaveURL('/espace');
  const block = page.getByRole('region', { name: 'Mes Factures & Paiements' });
  await expect(block).toBeVisible();
  await expectNoAxeViolations(page);
  await block.getByRole('link', { name: 'Voir mes factures' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mes Factures & Paiements' })).toBeVisible();
}

const invoiceCard = (page: Page, number: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `Facture n° ${number}` }) });
const paymentCard = (page: Page, reference: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `Paiement ${reference}` }) });

/** « Payer en ligne » → tick the months' invoices → the recap → « Continuer » → the bank's card page → back. */
async function payOnline(page: Page, months: string[], card: string) {
  const dialog = page.getByRole('dialog', { name: 'Paiement' });
  if (!(await dialog.isVisible())) await page.getByRole('button', { name: 'Payer en ligne' }).click();
  await expect(dialog.getByRole('heading', { name: 'Paiement' })).toBeFocused();
  await expectNoAxeViolations(page);
  const numbers: string[] = [];
  for (const month of months) {
    const label = dialog.locator('label').filter({ hasText: ` – ${month} – ` });
    await label.getByRole('checkbox').check();
    numbers.push(/n° (\d{4}-\d{5})/.exec((await label.textContent()) ?? '')?.[1] ?? '');
  }
  await dialog.getByRole('button', { name: 'Payer en ligne' }).click();
  await expect(dialog.getByRole('heading', { name: 'Récapitulatif' })).toBeFocused();
  for (const number of numbers) await expect(dialog).toContainText(`Facture n° ${number}`);
  const total = dialog.getByText(/^Montant qui sera débité :/);
  const amount = ((await total.textContent()) ?? '').replace('Montant qui sera débité : ', '');
  expect(amount).toMatch(/^\d[\d\u00a0]*,\d\d\u00a0€$/);
  await expectNoAxeViolations(page);

  await dialog.getByRole('button', { name: 'Continuer' }).click();
  await page.waitForURL(/\/banque\/paiement\?idop=/);
  await expect(page.getByRole('heading', { level: 1, name: 'Paiement par carte' })).toBeVisible();
  await expect(page.getByText(amount, { exact: true })).toBeVisible(); // the bank debits the recap's amount
  await expectNoAxeViolations(page);
  await page.getByLabel('Numéro de carte').fill(card);
  await page.getByRole('button', { name: `Payer ${amount}` }).click();
  await page.waitForURL(/\/factures\?paiement=P\d+$/);
  return { numbers, reference: new URL(page.url()).searchParams.get('paiement') ?? '' };
}

test('payer deux factures en un paiement : en attente de la banque, puis validé sans recharger', async ({
  page,
  browser,
}, info) => {
  test.slow();
  const months = monthsFor(info.project.name).pair.map(billedMonth);
  await openInvoices(page);
  await expectNoAxeViolations(page);
  const { numbers, reference } = await payOnline(page, months, cards.delayed);
  const [older, newer] = numbers;
  await page.evaluate(() => Object.assign(window, { samePage: true }));

  // Back on the portal: the message names both invoices; the bank has not validated yet.
  const message = page.getByRole('status').filter({ hasText: 'Le paiement de vos factures' });
  await expect(message).toContainText(`n° ${older} et ${newer}`);
  const payment = paymentCard(page, reference);
  await expect(payment).toContainText('En attente de validation par la banque');
  await expect(payment).toContainText(`Factures n° ${older} et ${newer}`);
  await expectNoAxeViolations(page);

  // The bank validates a few seconds later: the page changes by itself.
  await expect(message).toContainText(
    `Le paiement de vos factures n° ${older} et ${newer} a bien été pris en compte. Merci`,
    { timeout: 30_000 },
  );
  await expect(payment).toContainText('Validé');
  for (const number of numbers) await expect(invoiceCard(page, number)).toContainText('Payée');
  expect(await page.evaluate(() => 'samePage' in window)).toBe(true); // no reload
  await expectNoAxeViolations(page);

  // Staff see it in « Suivi des paiements ».
  const staff = await newVisitor(browser, info);
  await signInThroughHome(staff.page, agent.email, agent.password);
  await staff.page
    .getByRole('navigation', { name: 'Console des agents' })
    .getByRole('link', { name: 'Paiements' })
    .click();
  await expect(staff.page.getByRole('heading', { level: 1, name: 'Suivi des paiements' })).toBeVisible();
  await staff.page.getByLabel('État').selectOption({ label: 'Validé' });
  const row = staff.page.getByRole('row').filter({ hasText: reference });
  await expect(row).toContainText('Validé');
  await expect(row).toContainText(`${older}, ${newer}`);
  await expectNoAxeViolations(staff.page);
  await staff.context.close();
});

test('une carte refusée : le portail le dit, la facture reste à payer', async ({ page }, info) => {
  test.slow();
  const month = billedMonth(monthsFor(info.project.name).refused);
  // « Payer en ligne » from the home page's block opens the « Paiement » window at once.
  await signInThroughHome(page, parent.email, parent.password);
  await page
    .getByRole('region', { name: 'Mes Factures & Paiements' })
    .getByRole('link', { name: 'Payer en ligne' })
    .click();
  await expect(page.getByRole('dialog', { name: 'Paiement' })).toBeVisible();
  const { numbers, reference } = await payOnline(page, [month], cards.refused);
  const [number = ''] = numbers;
  await expect(page.getByRole('status').filter({ hasText: 'Le paiement' })).toContainText(
    `Le paiement de votre facture n° ${number} a été refusé par la banque. Votre facture reste à payer.`,
  );
  await expect(paymentCard(page, reference)).toContainText('Refusé par la banque');
  await expect(invoiceCard(page, number)).toContainText(/État : (À payer|En retard)/);
  await expectNoAxeViolations(page);

  // Still offered in the « Paiement » window; Escape closes it and the focus goes back.
  const open = page.getByRole('button', { name: 'Payer en ligne' });
  await open.click();
  const dialog = page.getByRole('dialog', { name: 'Paiement' });
  await expect(dialog.locator('label').filter({ hasText: `n° ${number}` })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
});

test('le détail d’une facture, sa légende et son PDF', async ({ page }, info) => {
  await openInvoices(page);
  // The oldest invoice, paid long ago: no other test touches it.
  const card = page.getByRole('listitem').filter({ hasText: `Prestations de ${billedMonth(-14)}` });
  const number =
    /Facture n° (\d{4}-\d{5})/.exec((await card.getByRole('heading').textContent()) ?? '')?.[1] ?? '';
  expect(number).not.toBe('');
  const year = page.getByRole('heading', {
    level: 3,
    name: new RegExp(`^${number.slice(0, 4)} – \\d+ factures?$`),
  });
  await expect(year).toBeVisible(); // the history, by year

  // « La légende est visible en survolant l'icône », and on keyboard focus; Escape hides it.
  const state = card.getByRole('button', { name: 'État : Payée' });
  const tip = card.getByRole('tooltip');
  await expect(tip).toBeHidden();
  if (info.project.name === 'desktop') {
    await state.hover();
    await expect(tip).toHaveText('Facture réglée. Merci.');
    await page.mouse.move(0, 0);
    await expect(tip).toBeHidden();
  }
  await state.focus();
  await expect(tip).toBeVisible();
  await expect(state).toHaveAccessibleDescription('Facture réglée. Merci.');
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  const legend = page.getByRole('button', { name: 'Légende des factures' });
  await legend.focus();
  await expect(page.getByRole('list', { name: 'Légende des factures' })).toContainText('En retard');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');

  // « Cliquez sur l'icône sur la ligne de la facture » → a window with its lines and totals.
  const detail = card.getByRole('button', { name: `Détail de la facture n° ${number}` });
  await detail.click();
  const dialog = page.getByRole('dialog', { name: `Facture n° ${number}` });
  await expect(dialog.getByRole('heading', { name: `Facture n° ${number}` })).toBeFocused();
  const rows = dialog.getByRole('table').getByRole('row');
  await expect(rows.first()).toContainText('EnfantPrestationJoursQtéPrix unitaireMontant');
  const lines = await rows.evaluateAll((trs) =>
    trs.slice(1).map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
  );
  expect(lines.length).toBeGreaterThanOrEqual(2);
  await expect(dialog.getByRole('definition').last()).toHaveText('0,00\u00a0€'); // nothing left to pay
  await expect(dialog.getByText('Aucun paiement pour cette facture.')).toBeHidden();
  await expectNoAxeViolations(page);

  // « Éditer la facture »: a PDF named after its number, which holds its lines.
  const [download, response] = await Promise.all([
    page.waitForEvent('download'),
    page.waitForResponse((r) => r.url().endsWith('.pdf') && r.url().includes('/files/invoices/')),
    dialog.getByRole('button', { name: `Éditer la facture n° ${number} (PDF)` }).click(),
  ]);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect(download.suggestedFilename()).toBe(`facture-${number}.pdf`);
  const pdf = await readFile((await download.path()) ?? '');
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = pdfText(pdf);
  expect(text).toContain(number);
  for (const [child = '', , , quantity = '', unitPrice = '', amount = ''] of lines) {
    expect(text).toContain(child);
    expect(text).toContain(`${quantity}\n${unitPrice}\n${amount}`);
  }

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(detail).toBeFocused();
});

test('une famille sans facture : les listes le disent', async ({ page, request }, info) => {
  const guardian = await activatedGuardian(request, uniqueEmail('factures', info));
  await openInvoices(page, guardian);
  await expect(page.getByText('Aucune facture pour le moment.')).toBeVisible();
  await expect(page.getByText('Aucun paiement pour le moment.')).toBeVisible();
  await page.getByRole('button', { name: 'Payer en ligne' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paiement' });
  await expect(dialog.getByText('Aucune facture à payer pour le moment.')).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Fermer', exact: true }).click();
  await expect(dialog).toBeHidden();
});
