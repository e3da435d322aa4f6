import { expect, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

/** Analyses > Security Coverages. */
export class CoverageListPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async goto() {
    await this.open('/dashboard/analyses/security_coverages');
    await expect(
      this.page.getByRole('heading', { name: 'Security Coverages', level: 1 }),
    ).toBeVisible();
  }

  get table() {
    return this.page.getByRole('table', { name: 'Security Coverages' });
  }

  get rows() {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  row(name: string | RegExp) {
    return this.rows.filter({ has: this.page.getByRole('link', { name }) });
  }

  async openAddDrawer() {
    await this.page.getByRole('button', { name: 'Add Security Coverage' }).click();
    const drawer = this.page.getByRole('dialog', { name: 'Add Security Coverage' });
    await expect(drawer).toBeVisible();
    return drawer;
  }
}
