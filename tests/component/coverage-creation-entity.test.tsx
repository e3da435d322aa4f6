import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MINUTE, SECOND } from '../../mocks/clock';
import { SEED } from '../../mocks/seed/ids';
import { freshBackend } from '../setup/backend';
import { renderApp } from '../setup/renderApp';
import { coverageCount, gql } from '../setup/mockData';

const REPORT = `/dashboard/analyses/reports/${SEED.reports.blackBastaAdvisory}`;
const REPORT_NAME = '#StopRansomware: Black Basta (AA24-131A)';
const COVERAGES = '/dashboard/analyses/security_coverages';

async function openDrawerOnReport() {
  const view = renderApp(REPORT);
  await screen.findByRole('heading', { level: 1, name: REPORT_NAME });
  await userEvent.click(screen.getByRole('button', { name: 'Add Security Coverage' }));
  const dialog = await screen.findByRole('dialog', { name: 'Add Security Coverage' });
  return { ...view, dialog };
}

async function createdCoverage() {
  const data = await gql<{
    report: {
      securityCoverage: {
        id: string;
        name: string;
        auto_enrichment_disable: boolean;
        periodicity: string;
        duration: string;
        platforms_affinity: string[];
        coverage_information: unknown[] | null;
      } | null;
    } | null;
  }>(
    `query R($id: String!) { report(id: $id) { securityCoverage {
      id name auto_enrichment_disable periodicity duration platforms_affinity coverage_information { coverage_name }
    } } }`,
    { id: SEED.reports.blackBastaAdvisory },
  );
  return data.report?.securityCoverage ?? null;
}

describe('Add Security Coverage from an entity page', () => {
  it('skips the entity step, creates an automated coverage and goes to it', async () => {
    const before = await coverageCount();
    const { dialog, location } = await openDrawerOnReport();
    expect(within(dialog).queryByRole('searchbox', { name: 'Search entities' })).toBeNull();
    expect(await within(dialog).findByText(`Covering Report: ${REPORT_NAME}`)).toBeInTheDocument();
    await userEvent.click(
      await within(dialog).findByRole('button', { name: /Automated using Enrichment/ }),
    );
    expect(await within(dialog).findByRole('textbox', { name: 'Name' })).toHaveValue(REPORT_NAME);
    expect(within(dialog).getByText('ISO-8601: P30D · 30 days')).toBeInTheDocument();
    // The manual-only fields are not part of the automated form.
    expect(within(dialog).queryByRole('checkbox', { name: 'Detection' })).toBeNull();
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'macOS' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const coverage = await createdCoverage();
    expect(coverage).toMatchObject({
      name: REPORT_NAME,
      auto_enrichment_disable: false,
      periodicity: 'P1D',
      duration: 'P30D',
      platforms_affinity: ['windows', 'linux'],
    });
    await waitFor(() => expect(location()).toBe(`${COVERAGES}/${coverage?.id}/overview`));
    expect(await coverageCount()).toBe(before + 1);
  });

  it('works from the keyboard, moving focus to each step and back to the button on close', async () => {
    renderApp(REPORT);
    await screen.findByRole('heading', { level: 1, name: REPORT_NAME });
    const add = screen.getByRole('button', { name: 'Add Security Coverage' });
    add.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Add Security Coverage' });
    // Focus starts at the first step's heading, inside the drawer (a screen reader announces its title and the step).
    await waitFor(() =>
      expect(within(dialog).getByRole('heading', { name: 'Choose how' })).toHaveFocus(),
    );
    const manual = await within(dialog).findByRole('button', { name: /Manual Input/ });
    await userEvent.tab();
    expect(
      within(dialog).getByRole('button', { name: /Automated using Enrichment/ }),
    ).toHaveFocus();
    await userEvent.tab();
    expect(manual).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(within(dialog).getByRole('heading', { name: 'Coverage details' })).toHaveFocus(),
    );
    await userEvent.tab();
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Add Security Coverage' })).toHaveFocus(),
    );
  });

  it('shows the new coverage provisioning on the entity page, then its first result', async () => {
    const { clock } = freshBackend();
    const { dialog, router } = await openDrawerOnReport();
    await userEvent.click(
      await within(dialog).findByRole('button', { name: /Automated using Enrichment/ }),
    );
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Create' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/\/overview$/));
    await router.navigate(REPORT);
    const link = await screen.findByRole('link', { name: `Security Coverage: ${REPORT_NAME}` });
    expect(within(link).getByText('No result yet')).toBeInTheDocument();
    expect(screen.getByText('Provisioning OpenAEV')).toBeInTheDocument();
    // OpenAEV picks the work up and provisions its scenario: the page, polling, follows.
    clock.advance(10 * SECOND);
    expect(
      await screen.findByText('Waiting for the first simulation', {}, { timeout: 6000 }),
    ).toBeInTheDocument();
    clock.advance(3 * MINUTE);
    await waitFor(
      () =>
        expect(
          within(
            screen.getByRole('link', { name: `Security Coverage: ${REPORT_NAME}` }),
          ).getAllByRole('img', { name: /: \d+\/100$/ }).length,
        ).toBeGreaterThan(0),
      { timeout: 8000 },
    );
    expect(screen.queryByText('Waiting for the first simulation')).not.toBeInTheDocument();
  }, 20_000);

  it('says when the entity got a coverage meanwhile and offers to open it', async () => {
    renderApp(REPORT);
    await screen.findByRole('heading', { level: 1, name: REPORT_NAME });
    // Another analyst covers the report after this page was loaded.
    await gql(
      `mutation A($input: SecurityCoverageAddInput!) { securityCoverageAdd(input: $input) { id } }`,
      {
        input: {
          name: 'Made elsewhere meanwhile',
          objectCovered: SEED.reports.blackBastaAdvisory,
          auto_enrichment_disable: true,
        },
      },
    );
    const existing = await createdCoverage();
    await userEvent.click(screen.getByRole('button', { name: 'Add Security Coverage' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add Security Coverage' });
    expect(await within(dialog).findByText(/Made elsewhere meanwhile/)).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: /Manual Input/ })).toBeNull();
    expect(within(dialog).getByRole('link', { name: 'Open it' })).toHaveAttribute(
      'href',
      `${COVERAGES}/${existing?.id}`,
    );
  });
});
