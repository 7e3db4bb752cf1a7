import { expect, type Page } from '@playwright/test';

/** Opens a section of the staff console by its link, and waits for its page title. */
export async function openConsole(page: Page, section: string, title: string) {
  await page
    .getByRole('navigation', { name: 'Console des agents' })
    .getByRole('link', { name: section })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}
