import { expect, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

/** The page of a covered entity (Report, Grouping, Campaign, Intrusion Set, Incident, Incident Response). */
export class EntityPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async gotoFromList(listNav: string, name: string) {
    await this.open('/dashboard');
    await this.nav(listNav).click();
    await this.main.getByRole('link', { name, exact: true }).click();
    await expect(this.title(name)).toBeVisible();
  }

  title(name: string) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  /** The entity's Security Coverage in the page header: its gauges, linking to it. */
  coverageLink(coverageName: string) {
    return this.main.getByRole('link', { name: `Security Coverage: ${coverageName}` });
  }

  async openAddDrawer() {
    await this.main.getByRole('button', { name: 'Add Security Coverage' }).click();
    const drawer = this.page.getByRole('dialog', { name: 'Add Security Coverage' });
    await expect(drawer).toBeVisible();
    return drawer;
  }
}
