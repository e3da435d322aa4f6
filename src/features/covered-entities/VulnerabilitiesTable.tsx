import { graphql, useFragment } from 'react-relay';
import { FormattedNumber } from 'react-intl';
import Chip from '@mui/material/Chip';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { useT } from '../../i18n/useT';
import { TestablesTable } from './TestablesTable';
import type { TestableRows } from './testableRows';
import type { VulnerabilitiesTable_vulnerabilities$key } from './__generated__/VulnerabilitiesTable_vulnerabilities.graphql';

const fragment = graphql`
  fragment VulnerabilitiesTable_vulnerabilities on Vulnerability @relay(plural: true) {
    id
    name
    x_opencti_cvss_base_score
    x_opencti_cvss_base_severity
  }
`;

/** One row's fragment reference. */
export type VulnerabilityRef = VulnerabilitiesTable_vulnerabilities$key[number];

/** CVSS v3 severities as palette colours; the severity is always written out, so colour is not the only carrier. */
function severityColor(severity: string): 'error' | 'warning' | 'info' | 'default' {
  switch (severity.toUpperCase()) {
    case 'CRITICAL':
    case 'HIGH':
      return 'error';
    case 'MEDIUM':
      return 'warning';
    case 'LOW':
      return 'info';
    default:
      return 'default';
  }
}

/** Vulnerabilities with their CVE and CVSS base score and severity, the most severe first. */
export function VulnerabilitiesTable({
  testables,
}: {
  /** The rows found; nothing is shown when there are none. */
  testables: TestableRows<VulnerabilityRef>;
}) {
  const { total, truncated } = testables;
  const data = useFragment(
    fragment,
    testables.rows.map((row) => row.ref),
  );
  const t = useT();
  const none = t('common.none');
  const sorted = [...data].sort(
    (a, b) =>
      (b.x_opencti_cvss_base_score ?? -1) - (a.x_opencti_cvss_base_score ?? -1) ||
      a.name.localeCompare(b.name),
  );
  if (total === 0) return null;
  return (
    <TestablesTable
      title={t('entities.vulnerabilities.title')}
      headers={[
        t('entities.vulnerabilities.cve'),
        t('entities.vulnerabilities.score'),
        t('entities.vulnerabilities.severity'),
      ]}
      shown={data.length}
      total={total}
      truncated={truncated}
    >
      {sorted.map((vulnerability) => (
        <TableRow key={vulnerability.id}>
          <TableCell
            component="th"
            scope="row"
            sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}
          >
            {vulnerability.name}
          </TableCell>
          <TableCell>
            {vulnerability.x_opencti_cvss_base_score == null ? (
              none
            ) : (
              <FormattedNumber
                value={vulnerability.x_opencti_cvss_base_score}
                minimumFractionDigits={1}
                maximumFractionDigits={1}
              />
            )}
          </TableCell>
          <TableCell>
            {vulnerability.x_opencti_cvss_base_severity ? (
              <Chip
                size="small"
                variant="outlined"
                label={vulnerability.x_opencti_cvss_base_severity}
                color={severityColor(vulnerability.x_opencti_cvss_base_severity)}
              />
            ) : (
              none
            )}
          </TableCell>
        </TableRow>
      ))}
    </TestablesTable>
  );
}
