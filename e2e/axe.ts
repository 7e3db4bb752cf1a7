import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2 A and AA on the page as it is now; a failure lists each rule, its help page and the elements. */
export async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const report = violations.map((v) => {
    const targets = v.nodes.map(
      (n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`,
    );
    return `[${v.impact ?? '?'}] ${v.id}: ${v.help}\n  ${v.helpUrl}\n${targets.join('\n')}`;
  });
  expect(violations.length, `Violations d'accessibilité sur ${page.url()} :\n${report.join('\n\n')}`).toBe(0);
}
