import { readFile } from 'node:fs/promises';
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

  /** The row count the tab announces ("30 rows"). */
  async rowCount(): Promise<number> {
    const text = await this.page.getByText(/^\d+ rows?$/).innerText();
    return Number(/(\d+)/.exec(text)?.[1]);
  }

  /** "Export" > "Table as CSV": the file's name and its lines (without the byte-order mark). */
  async exportCsv(): Promise<{ filename: string; lines: string[] }> {
    const download = await this.export('Table as CSV');
    const text = (await readFile(await download.path(), 'utf8')).replace(/^\ufeff/, '');
    return { filename: download.suggestedFilename(), lines: text.trim().split('\r\n') };
  }

  /** "Export" > "<Metric> layer": the file's name and the ATT&CK Navigator layer it holds. */
  async exportLayer(metric: string): Promise<{ filename: string; layer: NavigatorLayer }> {
    const download = await this.export(`${metric} layer`);
    const layer = JSON.parse(await readFile(await download.path(), 'utf8')) as NavigatorLayer;
    return { filename: download.suggestedFilename(), layer };
  }
}

/** The parts of an ATT&CK Navigator layer the tests read. */
export interface NavigatorLayer {
  name: string;
  versions: { layer: string };
  domain: string;
  techniques: { techniqueID: string; score?: number; comment: string }[];
}
