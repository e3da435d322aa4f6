import { expect, type Download, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

/** A Security Coverage's Result tab. */
export class CoverageResultPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async goto(coverageId: string, search = '') {
    await this.open(`/dashboard/analyses/security_coverages/${coverageId}/result${search}`);
    await expect(this.table).toBeVisible();
    await expect(this.rows.first()).toBeVisible();
  }

  get table() {
    return this.page.getByRole('table', { name: 'Coverage results' });
  }

  get rows() {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  /** The "–" buttons of placeholder rows. */
  get placeholderButtons() {
    return this.table.getByRole('button', { name: /^No result for .*: why\?$/ });
  }

  async openExplanation(name: RegExp) {
    await this.table.getByRole('button', { name }).first().click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async export(item: string): Promise<Download> {
    await this.page.getByRole('button', { name: 'Export' }).click();
    const downloading = this.page.waitForEvent('download');
    await this.page.getByRole('menuitem', { name: item }).click();
    return downloading;
  }
}
