import { expect, type Page } from '@playwright/test';

/** Live mode's Connection page. */
export class ConnectionPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto('/dashboard/connection');
    await expect(this.page.getByRole('heading', { name: 'Connect to OpenCTI' })).toBeVisible();
  }

  async fill(token: string, url = '') {
    await this.page.getByRole('textbox', { name: 'OpenCTI URL' }).fill(url);
    await this.page.getByLabel('API token').fill(token);
  }

  async test() {
    await this.page.getByRole('button', { name: 'Test connection' }).click();
  }

  async connect() {
    await this.page.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(
      this.page.getByRole('heading', { name: 'Security Coverages', level: 1 }),
    ).toBeVisible();
  }
}
