import { expect, type Page } from '@playwright/test';

/** The coverage page's "Enrichment" panel: works per connector and "Retry". */
export class EnrichmentPanel {
  constructor(readonly page: Page) {}

  get root() {
    return this.page.getByRole('dialog', { name: 'Enrichment' });
  }

  connector(name = 'OpenAEV Coverage') {
    return this.root.getByRole('region', { name, exact: true });
  }

  latestWork(name?: string) {
    return this.connector(name).getByRole('listitem').first();
  }

  async open() {
    await this.page.getByRole('button', { name: 'Enrichment', exact: true }).click();
    await expect(this.root).toBeVisible();
  }

  async retry(name?: string) {
    await this.connector(name).getByRole('button', { name: 'Retry' }).first().click();
  }

  async close() {
    await this.root.getByRole('button', { name: 'Close the Enrichment panel' }).click();
    await expect(this.root).toBeHidden();
  }
}
