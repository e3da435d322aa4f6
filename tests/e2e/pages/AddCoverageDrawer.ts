import { expect, type Locator } from '@playwright/test';

/** The "Add Security Coverage" drawer, driven as an analyst would. */
export class AddCoverageDrawer {
  constructor(readonly root: Locator) {}

  async pickEntity(name: string) {
    await this.root.getByRole('searchbox', { name: 'Search entities' }).fill(name);
    await this.root.getByRole('searchbox', { name: 'Search entities' }).press('Enter');
    await this.root
      .getByRole('button', { name: `Cover ${name}` })
      .first()
      .click();
  }

  async chooseManual() {
    await this.root.getByRole('button', { name: /Manual Input/ }).click();
    await expect(this.root.getByRole('textbox', { name: 'Name' })).toBeVisible();
  }

  async chooseAutomated() {
    await this.root.getByRole('button', { name: /Automated using Enrichment/ }).click();
    await expect(this.root.getByRole('textbox', { name: 'Name' })).toBeVisible();
  }

  async score(metric: string, value: string) {
    await this.root.getByRole('checkbox', { name: metric }).check();
    await this.root.getByRole('textbox', { name: `${metric} score` }).fill(value);
  }

  async create() {
    await this.root.getByRole('button', { name: 'Create' }).click();
    await expect(this.root).toBeHidden();
  }
}
