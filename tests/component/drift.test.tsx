import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SEED } from '../../mocks/seed/ids';
import { renderApp } from '../setup/renderApp';
import { gql } from '../setup/mockData';

const overview = (id: string) => `/dashboard/analyses/security_coverages/${id}/overview`;

/** An attack pattern with a MITRE ID that the report does not hold yet. */
async function techniqueOutside(reportId: string): Promise<string> {
  const data = await gql<{
    report: { objects: { edges: { node: { id: string } }[] } };
    attackPatterns: { edges: { node: { id: string; x_mitre_id: string | null } }[] };
  }>(
    `query($id: String!) {
      report(id: $id) { objects(types: ["Attack-Pattern"], first: 500) { edges { node { ... on AttackPattern { id } } } } }
      attackPatterns(first: 500) { edges { node { id x_mitre_id } } }
    }`,
    { id: reportId },
  );
  const held = new Set(data.report.objects.edges.map((e) => e.node.id));
  const outside = data.attackPatterns.edges.find((e) => e.node.x_mitre_id && !held.has(e.node.id));
  if (!outside) throw new Error('every technique is in the report');
  return outside.node.id;
}

describe('drift between the covered entity and the last assessment', () => {
  it.each([
    ['a report (container objects)', SEED.coverages.placeholders],
    ['an intrusion set (uses relationships)', SEED.coverages.twoTenants],
  ])('says nothing while %s and the results agree', async (_what, id) => {
    renderApp(overview(id));
    expect(await screen.findByRole('heading', { name: 'Coverage' })).toBeInTheDocument();
    expect(screen.queryByText(/changed since the last assessment/)).toBeNull();
  });

  it('says the report changed once it holds a technique the results did not test, and offers Retry', async () => {
    const report = SEED.reports.voltTyphoonAdvisory;
    const technique = await techniqueOutside(report);
    await gql(
      `mutation($id: ID!, $to: StixRef!) {
        stixCoreObjectEdit(id: $id) { relationAdd(input: { toId: $to, relationship_type: "object" }) { id } }
      }`,
      { id: report, to: technique },
    );
    const { location } = renderApp(overview(SEED.coverages.placeholders));
    expect(
      await screen.findByText('The report changed since the last assessment'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/1 entity OpenAEV can test was not in the last assessment/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry in the Enrichment panel' }));
    await waitFor(() => expect(location()).toMatch(/panel=enrichment/));
    expect(await screen.findByRole('dialog', { name: 'Enrichment' })).toBeInTheDocument();
  });
});
