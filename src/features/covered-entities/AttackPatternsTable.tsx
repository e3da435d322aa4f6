import { graphql, useFragment } from 'react-relay';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { useT } from '../../i18n/useT';
import { TestablesTable } from './TestablesTable';
import type { TestableRows } from './testableRows';
import type { AttackPatternsTable_attackPatterns$key } from './__generated__/AttackPatternsTable_attackPatterns.graphql';

const fragment = graphql`
  fragment AttackPatternsTable_attackPatterns on AttackPattern @relay(plural: true) {
    id
    name
    x_mitre_id
    killChainPhases {
      id
      phase_name
      x_opencti_order
    }
  }
`;

/** One row's fragment reference. */
export type AttackPatternRef = AttackPatternsTable_attackPatterns$key[number];

const byMitreId = new Intl.Collator('en', { numeric: true });

/** Attack patterns with their MITRE ATT&CK ID and tactics, in ATT&CK ID order (T1003 before T1059.001). */
export function AttackPatternsTable({
  testables,
}: {
  /** The rows found; nothing is shown when there are none. */
  testables: TestableRows<AttackPatternRef>;
}) {
  const { total, truncated } = testables;
  const data = useFragment(
    fragment,
    testables.rows.map((row) => row.ref),
  );
  const t = useT();
  const none = t('common.none');
  const sorted = [...data].sort((a, b) =>
    byMitreId.compare(a.x_mitre_id ?? `~${a.name}`, b.x_mitre_id ?? `~${b.name}`),
  );
  if (total === 0) return null;
  return (
    <TestablesTable
      title={t('entities.attackPatterns.title')}
      headers={[
        t('entities.attackPatterns.mitreId'),
        t('entities.attackPatterns.name'),
        t('entities.attackPatterns.tactics'),
      ]}
      shown={data.length}
      total={total}
      truncated={truncated}
    >
      {sorted.map((pattern) => {
        const tactics = [...(pattern.killChainPhases ?? [])]
          .sort((a, b) => (a.x_opencti_order ?? 0) - (b.x_opencti_order ?? 0))
          .map((phase) => phase.phase_name);
        return (
          <TableRow key={pattern.id}>
            <TableCell
              component="th"
              scope="row"
              sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}
            >
              {pattern.x_mitre_id ?? none}
            </TableCell>
            <TableCell>{pattern.name}</TableCell>
            <TableCell>{tactics.length > 0 ? tactics.join(', ') : none}</TableCell>
          </TableRow>
        );
      })}
    </TestablesTable>
  );
}
