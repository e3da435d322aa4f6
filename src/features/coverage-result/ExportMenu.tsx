import { useRef, useState } from 'react';
import { graphql, useFragment, useRelayEnvironment } from 'react-relay';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import LinearProgress from '@mui/material/LinearProgress';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Snackbar from '@mui/material/Snackbar';
import DownloadIcon from '@mui/icons-material/Download';
import { useT } from '../../i18n/useT';
import { useDescribeError } from '../../components/ErrorFallback';
import { downloadText } from '../../lib/csv';
import { metricDisplayName, metricKey, orderMetrics, type VocabularyEntry } from '../../lib/scores';
import type { ResultViewState } from './resultViewState';
import { ATTACK_PATTERN_SELECTION, fetchAllRows, resultsCsv, viewSelection } from './exportResults';
import { useLayerExport } from './useLayerExport';
import type { ExportMenu_coverage$key } from './__generated__/ExportMenu_coverage.graphql';

const fragment = graphql`
  fragment ExportMenu_coverage on SecurityCoverage {
    id
    name
    coverage_information {
      coverage_name
      coverage_score
    }
  }
`;

/** Attack patterns are not scored on vulnerability: that metric gets no layer. */
const NOT_FOR_TECHNIQUES = new Set(['vulnerability']);

interface Props {
  coverageRef: ExportMenu_coverage$key;
  view: ResultViewState;
  vocabulary: readonly VocabularyEntry[];
}

/**
 * "Export": the table (every page of the current view) as CSV, or one ATT&CK Navigator layer for the metric the
 * user picks (one JSON file per metric: no zip library, and several automatic downloads are blocked by browsers).
 */
export function ExportMenu({ coverageRef, view, vocabulary }: Props) {
  const coverage = useFragment(fragment, coverageRef);
  const t = useT();
  const describe = useDescribeError();
  const environment = useRelayEnvironment();
  const buildLayer = useLayerExport(coverage.name);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(
    null,
  );
  const controller = useRef<AbortController | null>(null);
  const fromCoverage = orderMetrics(coverage.coverage_information ?? [], vocabulary).map(
    (m) => m.coverage_name,
  );
  const metrics = (fromCoverage.length > 0 ? fromCoverage : ['prevention', 'detection']).filter(
    (m) => !NOT_FOR_TECHNIQUES.has(metricKey(m)),
  );

  const run = async (kind: 'csv' | { metric: string }) => {
    setAnchor(null);
    controller.current = new AbortController();
    setProgress({ done: 0, total: 0 });
    try {
      const selection = kind === 'csv' ? viewSelection(view) : ATTACK_PATTERN_SELECTION;
      const rows = await fetchAllRows(
        environment,
        coverage.id,
        selection,
        (done, total) => setProgress({ done, total }),
        controller.current.signal,
      );
      if (kind === 'csv') {
        const { csv, count } = resultsCsv(rows, view, vocabulary);
        const date = new Date().toISOString().slice(0, 10);
        downloadText(csv, `security-coverage-results-${date}.csv`);
        setMessage({ severity: 'success', text: t('result.export.csvDone', { count }) });
      } else {
        const { content, fileName, techniques } = buildLayer(rows, kind.metric);
        downloadText(content, fileName, 'application/json;charset=utf-8');
        setMessage({
          severity: 'success',
          text: t('result.export.layerDone', { count: techniques }),
        });
      }
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) {
        setMessage({
          severity: 'error',
          text: t('result.export.failed', { reason: describe(error) }),
        });
      }
    } finally {
      setProgress(null);
    }
  };

  return (
    <>
      {progress ? (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 240 }}>
          <Box sx={{ flexGrow: 1 }}>
            <LinearProgress
              variant={progress.total ? 'determinate' : 'indeterminate'}
              value={progress.total ? (progress.done / progress.total) * 100 : 0}
            />
            <Box role="status" sx={{ fontSize: 12, color: 'text.secondary' }}>
              {t('result.export.progress', { done: progress.done, total: progress.total })}
            </Box>
          </Box>
          <Button size="small" onClick={() => controller.current?.abort()}>
            {t('common.cancel')}
          </Button>
        </Box>
      ) : (
        <Button
          variant="outlined"
          startIcon={<DownloadIcon />}
          aria-haspopup="menu"
          aria-expanded={anchor !== null}
          onClick={(event) => setAnchor(event.currentTarget)}
        >
          {t('result.export')}
        </Button>
      )}
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => void run('csv')}>{t('result.export.csv')}</MenuItem>
        <Divider />
        <ListSubheader>{t('result.export.layerHeader')}</ListSubheader>
        {metrics.map((metric) => (
          <MenuItem key={metric} onClick={() => void run({ metric })}>
            {t('result.export.layer', { metric: metricDisplayName(metric) })}
          </MenuItem>
        ))}
      </Menu>
      <Snackbar open={message !== null} autoHideDuration={6000} onClose={() => setMessage(null)}>
        {message ? (
          <Alert severity={message.severity} onClose={() => setMessage(null)} variant="filled">
            {message.text}
          </Alert>
        ) : undefined}
      </Snackbar>
    </>
  );
}
