import { expect, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

/** Analyses > Security Coverages > one coverage: header, actions, Update drawer. */
export class CoveragePage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async goto(id: string) {
    await this.open(`/dashboard/analyses/security_coverages/${id}/overview`);
    await expect(this.heading).toBeVisible();
  }

  get heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  get scores() {
    return this.page
      .getByRole('region', { name: 'Coverage summary' })
      .getByRole('group', { name: 'Coverage scores' });
  }

  get updateDrawer() {
    return this.page.getByRole('dialog', { name: 'Update Security Coverage' });
  }

  async openUpdate() {
    await this.page.getByRole('button', { name: 'Update', exact: true }).click();
    await expect(this.updateDrawer).toBeVisible();
    return this.updateDrawer;
  }

  async setScore(metric: string, value: string) {
    await this.updateDrawer.getByRole('textbox', { name: `${metric} score` }).fill(value);
  }

  async save() {
    await this.updateDrawer.getByRole('button', { name: 'Save' }).click();
    await expect(this.updateDrawer).toBeHidden();
  }
}
