import { useRelayEnvironment } from 'react-relay';
import Button from '@mui/material/Button';
import DownloadIcon from '@mui/icons-material/Download';
import { useT } from '../../i18n/useT';
import { ExportStatus } from '../../components/ExportStatus';
import { useExportTask } from '../../components/useExportTask';
import { downloadText } from '../../lib/csv';
import type { VocabularyEntry } from '../../lib/scores';
import type { ListViewState } from './listViewState';
import { exportCoveragesCsv } from './exportCoverages';

/** Exports every coverage of the current view as CSV, showing progress page by page, with Cancel. */
export function ExportCsvButton({
  view,
  vocabulary,
}: {
  view: ListViewState;
  vocabulary: readonly VocabularyEntry[];
}) {
  const t = useT();
  const environment = useRelayEnvironment();
  const task = useExportTask((reason) => t('list.export.failed', { reason }));

  const start = () =>
    task.run(async (onProgress, signal) => {
      const { csv, count } = await exportCoveragesCsv(
        environment,
        view,
        vocabulary,
        onProgress,
        signal,
      );
      downloadText(csv, `security-coverages-${new Date().toISOString().slice(0, 10)}.csv`);
      return t('list.export.done', { count });
    });

  return (
    <ExportStatus
      task={task}
      progressText={({ done, total }) => t('list.export.progress', { done, total })}
      cancelLabel={t('list.export.cancel')}
    >
      <Button variant="outlined" startIcon={<DownloadIcon />} onClick={() => void start()}>
        {t('list.export')}
      </Button>
    </ExportStatus>
  );
}
