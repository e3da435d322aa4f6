import { expect, type Page } from '@playwright/test';

/** The console's shell: navigation, top bar, main area. */
export class AppShell {
  constructor(readonly page: Page) {}

  async open(path = '/') {
    await this.page.goto(path);
    await expect(this.page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  }

  nav(name: string) {
    return this.page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name });
  }

  get user() {
    return this.page.getByRole('status', { name: /Signed in as/ });
  }

  get main() {
    return this.page.getByRole('main');
  }
}
