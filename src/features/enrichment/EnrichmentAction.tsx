import { useSearchParams } from 'react-router';
import Button from '@mui/material/Button';
import CloudSyncIcon from '@mui/icons-material/CloudSync';
import { useT } from '../../i18n/useT';
import { EnrichmentPanel } from './EnrichmentPanel';

/**
 * The header's "Enrichment" action of an automated coverage and its panel. The panel's state is in the URL
 * (`?panel=enrichment`), so the Result tab's placeholder help and the Overview's drift notice can open it too.
 */
export function EnrichmentAction({
  coverageId,
  stuckAfterMs,
}: {
  coverageId: string;
  stuckAfterMs?: number;
}) {
  const t = useT();
  const [searchParams, setSearchParams] = useSearchParams();
  const setOpen = (open: boolean) =>
    setSearchParams((params) => {
      if (open) params.set('panel', 'enrichment');
      else params.delete('panel');
      return params;
    });
  return (
    <>
      <Button variant="outlined" startIcon={<CloudSyncIcon />} onClick={() => setOpen(true)}>
        {t('enrichment.title')}
      </Button>
      <EnrichmentPanel
        coverageId={coverageId}
        open={searchParams.get('panel') === 'enrichment'}
        onClose={() => setOpen(false)}
        stuckAfterMs={stuckAfterMs}
      />
    </>
  );
}
