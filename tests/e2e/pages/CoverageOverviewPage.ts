import { expect, test, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

/** A Security Coverage's Overview tab. */
export class CoverageOverviewPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async goto(id: string) {
    await this.open(`/dashboard/analyses/security_coverages/${id}/overview`);
    await expect(this.card('Coverage')).toBeVisible();
  }

  card(name: string) {
    return this.page.getByRole('region', { name, exact: true });
  }

  get matrix() {
    return this.card('ATT&CK matrix').getByRole('group', { name: 'ATT&CK matrix by tactic' });
  }

  cells(state?: string) {
    return this.matrix.locator(state ? `a[data-state="${state}"]` : 'a[data-state]');
  }

  async useLightTheme() {
    await this.page.getByRole('button', { name: 'Switch to light theme' }).click();
  }

  /** A full-page screenshot kept with the running test's artifacts. */
  async screenshot(name: string) {
    await this.page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
  }
}
