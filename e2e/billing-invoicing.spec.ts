import { type APIRequestContext, expect, type Page, type TestInfo, test } from '@playwright/test';
import { formatMonthFr } from '@portail/shared/billing/format';
import { addMonths } from '@portail/shared/billing/months';
import { parisDate } from '@portail/shared/bookings/calendar';
import { agent, newVisitor, signIn, trpc } from './accounts-api.ts';
import { expectNoAxeViolations } from './axe.ts';
import { openConsole } from './console.ts';
import { signInThroughHome } from './sign-in.ts';

/**
 * Issue 6 from end to end, by roles: an admin issues a month, cancels an invoice with its reason and
 * reissues it; a front-desk agent who is not an admin takes a cheque for the replacement; the parent sees
 * each step on an open page. The demo's Bernard family has four past months of canteen nobody invoiced
 * (server/src/demo/unbilled.ts): each project has two of its own, since both share the e2e database, and an
 * attempt takes the first the Bernards are not yet invoiced for, so a retry or a repetition (which finds the
 * month an earlier attempt issued) runs the whole story again on the other one.
 */
const bernard = { email: 'bernard@demo.fr', password: 'Demo-bernard-2026' };
const desk = { email: 'accueil@demo.fr', password: 'Demo-accueil-2026' };

type Preview = { toIssue: { guardianName: string }[] };

/** The project's share of the demo's unbilled months (2, 3, 4 and 5 months ago), as the admin sees it. */
async function unbilledMonth(request: APIRequestContext, info: TestInfo) {
  const thisMonth = parisDate(new Date()).slice(0, 7);
  const own = (info.project.name === 'phone' ? [-2, -4] : [-3, -5]).map((n) => addMonths(thisMonth, n));
  // Repetitions (--repeat-each) may run at once in two workers: each starts from its own month.
  const start = info.repeatEachIndex % own.length;
  const months = [...own.slice(start), ...own.slice(0, start)];
  const token = await signIn(request, agent.email, agent.password);
  for (const month of months) {
    const preview = await trpc<Preview>(request, 'invoicing.preview', 'query', { token, input: { month } });
    if (preview.toIssue.some((draft) => draft.guardianName === 'Sophie Bernard')) return month;
  }
  throw new Error(`Les Bernard sont déjà facturés pour ${months.join(' et ')} : plus de mois à émettre.`);
}

const invoiceCard = (page: Page, number: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `Facture n° ${number}` }) });

test('émettre le mois, annuler et rééditer une facture, puis un chèque au guichet : la famille suit en direct', async ({
  page,
  browser,
  request,
}, info) => {
  test.slow();
  const month = await unbilledMonth(request, info);

  // The parent keeps « Mes Factures & Paiements » open all along.
  await signInThroughHome(page, bernard.email, bernard.password);
  await page
    .getByRole('region', { name: 'Mes Factures & Paiements' })
    .getByRole('link', { name: 'Voir mes factures' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mes Factures & Paiements' })).toBeVisible();
  await page.evaluate(() => Object.assign(window, { samePage: true }));

  // The admin: « Facturation du mois » → the preview → « Émettre les factures ».
  const admin = await newVisitor(browser, info);
  await signInThroughHome(admin.page, agent.email, agent.password);
  await openConsole(admin.page, 'Facturation', 'Facturation');
  await admin.page.getByLabel('Mois facturé').selectOption(month);
  const drafts = admin.page.getByRole('table', { name: 'Factures à émettre, par famille' });
  await expect(drafts.getByRole('rowheader').filter({ hasText: 'Sophie Bernard' })).toBeVisible();
  await expect(drafts).toContainText('Noah Bernard');
  await expect(admin.page.getByText(/^1 facture à émettre, pour un total de /)).toBeVisible();
  await expectNoAxeViolations(admin.page);
  await admin.page.getByRole('button', { name: 'Émettre les factures' }).click();
  const confirm = admin.page.getByRole('dialog', { name: 'Émettre les factures' });
  await expect(confirm).toContainText(`Émettre 1 facture de ${formatMonthFr(month)}`);
  await expectNoAxeViolations(admin.page);
  await confirm.getByRole('button', { name: 'Émettre les factures' }).click();
  const issuedStatus = admin.page.getByRole('status').filter({ hasText: 'facture émise' });
  await expect(issuedStatus).toContainText(`1 facture émise pour ${formatMonthFr(month)} : n° `);
  const first = /n° (\d{4}-\d{5})/.exec((await issuedStatus.textContent()) ?? '')?.[1] ?? '';
  expect(first).not.toBe('');

  // The parent's page shows it without a reload.
  await expect(invoiceCard(page, first)).toContainText(`Prestations de ${formatMonthFr(month)}`);

  // « Annuler la facture » with its reason, then « Rééditer »: a new number replaces it.
  const invoiced = admin.page.getByRole('table', { name: 'Factures déjà émises pour ce mois' });
  await invoiced.getByRole('button', { name: `Annuler la facture n° ${first}` }).click();
  const cancel = admin.page.getByRole('dialog', { name: `Annuler la facture n° ${first}` });
  await cancel.getByLabel('Motif de l’annulation').fill('Erreur de quotient familial');
  await expectNoAxeViolations(admin.page);
  await cancel.getByRole('button', { name: 'Annuler la facture', exact: true }).click();
  await expect(cancel).toBeHidden();
  await expect(admin.page.getByRole('status').filter({ hasText: 'est annulée' })).toContainText(
    `La facture n° ${first} est annulée.`,
  );
  await expect(invoiceCard(page, first)).toContainText('Annulée'); // live, before any replacement
  const reissue = admin.page.getByRole('button', { name: `Rééditer la facture n° ${first}` });
  await expect(reissue).toBeFocused();
  await reissue.click();
  const replaced = admin.page.getByRole('status').filter({ hasText: `remplace la facture n° ${first}` });
  await expect(replaced).toBeVisible();
  const second = /La facture n° (\d{4}-\d{5})/.exec((await replaced.textContent()) ?? '')?.[1] ?? '';
  expect(second).not.toBe('');
  expect(second).not.toBe(first);
  await expect(invoiced.getByRole('row').filter({ hasText: `n° ${second}` })).toContainText('À payer');
  await expectNoAxeViolations(admin.page);
  await admin.context.close();

  await expect(invoiceCard(page, first)).toContainText('Annulée');
  await expect(invoiceCard(page, first)).toContainText(`Remplacée par la facture n° ${second}.`);
  await expect(invoiceCard(page, second)).toContainText(`Remplace la facture n° ${first}.`);
  await expectNoAxeViolations(page);

  // A front-desk agent, not an admin: no invoicing run, but the desk payment.
  const front = await newVisitor(browser, info);
  await signInThroughHome(front.page, desk.email, desk.password);
  await openConsole(front.page, 'Facturation', 'Facturation');
  await expect(front.page.getByText(/réservées aux\s+administrateurs du service/)).toBeVisible();
  await expect(front.page.getByRole('button', { name: 'Émettre les factures' })).toHaveCount(0);
  await openConsole(front.page, 'Paiements', 'Suivi des paiements');
  await front.page.getByRole('button', { name: 'Enregistrer un paiement au guichet' }).click();
  await front.page.getByLabel('Rechercher la famille').fill('Bernard');
  await front.page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(front.page.getByLabel('Famille', { exact: true })).toContainText('Sophie Bernard');
  const choice = front.page.locator('label').filter({ hasText: `Facture n° ${second} ` });
  await expect(choice).toContainText(formatMonthFr(month));
  await expect(front.page.locator('label').filter({ hasText: `Facture n° ${first} ` })).toHaveCount(0);
  const left = /reste ([\d\s\u00a0\u202f]+,\d\d)/.exec((await choice.textContent()) ?? '')?.[1] ?? '';
  expect(left).not.toBe('');
  await choice.getByRole('checkbox').check();
  await front.page.getByRole('radio', { name: 'Chèque' }).check();
  await front.page.getByLabel('Montant reçu (€)').fill(left.replace(/\s/g, ''));
  await front.page.getByLabel('Note (facultative)').fill('Chèque n° 0012345');
  await expectNoAxeViolations(front.page);
  await front.page.getByRole('button', { name: 'Enregistrer le paiement' }).click();
  const record = front.page.getByRole('dialog', { name: 'Enregistrer le paiement' });
  await expect(record).toContainText(`par chèque, reçu le`);
  await expect(record).toContainText(`pour la facture n° ${second}`);
  await record.getByRole('button', { name: 'Enregistrer le paiement' }).click();
  const recorded = front.page.getByRole('status').filter({ hasText: 'enregistré' });
  await expect(recorded).toContainText(`pour la facture n° ${second}`);
  const reference = /Paiement (P\d+)/.exec((await recorded.textContent()) ?? '')?.[1] ?? '';
  await expect(front.page.getByRole('row').filter({ hasText: reference })).toContainText('Validé');
  // Paid now: no longer offered at the desk.
  await expect(front.page.locator('label').filter({ hasText: `Facture n° ${second} ` })).toHaveCount(0);
  await expectNoAxeViolations(front.page);
  await front.context.close();

  // The parent's page, still the same one: the invoice is paid, the cheque listed.
  await expect(invoiceCard(page, second)).toContainText('Payée');
  const payment = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: `Paiement ${reference}` }) });
  await expect(payment).toContainText('Validé');
  await expect(payment).toContainText('Chèque');
  expect(await page.evaluate(() => 'samePage' in window)).toBe(true);
  await expectNoAxeViolations(page);
});
