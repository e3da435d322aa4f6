import { useState } from 'react';
import { graphql, useFragment, useRelayEnvironment } from 'react-relay';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import DownloadIcon from '@mui/icons-material/Download';
import { useT } from '../../i18n/useT';
import { getServerShape } from '../../relay/serverShape';
import { ExportStatus } from '../../components/ExportStatus';
import { useExportTask } from '../../components/useExportTask';
import { downloadText } from '../../lib/csv';
import { metricKey, orderMetrics, type VocabularyEntry } from '../../lib/scores';
import type { ResultViewState } from './resultViewState';
import { ATTACK_PATTERN_SELECTION, fetchAllRows, resultsCsv, viewSelection } from './exportResults';
import { useLayerExport } from './useLayerExport';
import type { ExportMenu_coverage$key } from './__generated__/ExportMenu_coverage.graphql';
import { useMetricName } from '../../components/useMetricName';

const fragment = graphql`
  fragment ExportMenu_coverage on SecurityCoverage {
    id
    name
    auto_enrichment_disable
    external_uri
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
  const displayMetric = useMetricName();
  const environment = useRelayEnvironment();
  const buildLayer = useLayerExport(coverage.name);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const task = useExportTask((reason) => t('result.export.failed', { reason }));
  const fromCoverage = orderMetrics(coverage.coverage_information ?? [], vocabulary).map(
    (m) => m.coverage_name,
  );
  const metrics = (fromCoverage.length > 0 ? fromCoverage : ['prevention', 'detection']).filter(
    (m) => !NOT_FOR_TECHNIQUES.has(metricKey(m)),
  );

  const run = (kind: 'csv' | { metric: string }) => {
    setAnchor(null);
    return task.run(async (onProgress, signal) => {
      const selection = kind === 'csv' ? viewSelection(view) : ATTACK_PATTERN_SELECTION;
      const source = {
        coverageId: coverage.id,
        shape: await getServerShape(environment),
        g1Source: {
          name: t(
            coverage.auto_enrichment_disable ? 'result.source.manual' : 'result.source.openaev',
          ),
          external_uri: coverage.external_uri ?? null,
        },
      };
      const rows = await fetchAllRows(environment, source, selection, onProgress, signal);
      if (kind === 'csv') {
        const { csv, count } = resultsCsv(rows, view, vocabulary);
        const date = new Date().toISOString().slice(0, 10);
        downloadText(csv, `security-coverage-results-${date}.csv`);
        return t('result.export.csvDone', { count });
      }
      const { content, fileName, techniques } = buildLayer(rows, kind.metric);
      downloadText(content, fileName, 'application/json;charset=utf-8');
      return t('result.export.layerDone', { count: techniques });
    });
  };

  return (
    <>
      <ExportStatus
        task={task}
        progressText={({ done, total }) => t('result.export.progress', { done, total })}
        cancelLabel={t('common.cancel')}
      >
        <Button
          variant="outlined"
          startIcon={<DownloadIcon />}
          aria-haspopup="menu"
          aria-expanded={anchor !== null}
          onClick={(event) => setAnchor(event.currentTarget)}
        >
          {t('result.export')}
        </Button>
      </ExportStatus>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => void run('csv')}>{t('result.export.csv')}</MenuItem>
        <Divider />
        <ListSubheader>{t('result.export.layerHeader')}</ListSubheader>
        {metrics.map((metric) => (
          <MenuItem key={metric} onClick={() => void run({ metric })}>
            {t('result.export.layer', { metric: displayMetric(metric) })}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
