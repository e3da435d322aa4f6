import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { CoverageScores } from '../../components/CoverageScores';
import { EmptyState } from '../../components/EmptyState';
import { RelativeTime } from '../../components/RelativeTime';
import { useNow } from '../../components/useNow';
import { useT } from '../../i18n/useT';
import type { VocabularyEntry } from '../../lib/scores';
import { isWebUrl } from '../../lib/safeUrl';
import { OverviewCard } from './OverviewCard';
import type { CoverageResultEntry } from '../../lib/coverageResults';

/**
 * Whether one result is still within its validity window (a result without an end date stays valid). A result
 * OpenAEV has provisioned but not yet simulated has no validity to speak of.
 */
function ResultValidity({ result, now }: { result: CoverageResultEntry; now: number }) {
  const t = useT();
  if (!result.coverage_last_result)
    return <Chip size="small" variant="outlined" label={t('metric.noResultYet')} />;
  const end = result.coverage_valid_to ? Date.parse(result.coverage_valid_to) : Number.NaN;
  const outdated = !Number.isNaN(end) && end < now;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={outdated ? 'warning' : 'success'}
      label={t(outdated ? 'overview.results.outdated' : 'overview.results.fresh')}
    />
  );
}

/** One row per OpenAEV instance or manual result: name, last result, scores and a link to the result's source. */
export function CoverageResultsCard({
  results,
  vocabulary,
}: {
  results: readonly CoverageResultEntry[];
  vocabulary: readonly VocabularyEntry[];
}) {
  const t = useT();
  const now = useNow();
  return (
    <OverviewCard id="overview-results" title={t('overview.results.title')}>
      {results.length === 0 ? (
        <EmptyState title={t('metric.noResultYet')} body={t('overview.results.emptyBody')} />
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-labelledby="overview-results">
            <TableHead>
              <TableRow>
                <TableCell>{t('overview.results.name')}</TableCell>
                <TableCell>{t('overview.results.lastResult')}</TableCell>
                <TableCell>{t('overview.results.validity')}</TableCell>
                <TableCell>{t('overview.results.scores')}</TableCell>
                <TableCell>{t('overview.results.link')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {results.map((result) => (
                <TableRow key={result.id}>
                  <TableCell component="th" scope="row">
                    {result.name}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {result.coverage_last_result ? (
                      <RelativeTime value={result.coverage_last_result} />
                    ) : (
                      t('common.none')
                    )}
                  </TableCell>
                  <TableCell>
                    <ResultValidity result={result} now={now} />
                  </TableCell>
                  <TableCell>
                    <CoverageScores metrics={result.coverage_information} vocabulary={vocabulary} />
                  </TableCell>
                  <TableCell>
                    {isWebUrl(result.external_uri) ? (
                      <Link
                        href={result.external_uri ?? undefined}
                        target="_blank"
                        rel="noopener noreferrer"
                        sx={{
                          display: 'inline-flex',
                          alignItems: 'center',
                          gap: 0.5,
                          whiteSpace: 'nowrap',
                        }}
                      >
                        {t('overview.results.open')}
                        <OpenInNewIcon fontSize="inherit" titleAccess={t('common.newTab')} />
                      </Link>
                    ) : (
                      t(
                        result.external_uri
                          ? 'overview.results.unsafeLink'
                          : 'overview.results.manual',
                      )
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </OverviewCard>
  );
}
