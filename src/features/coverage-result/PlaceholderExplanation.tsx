import { useId, useState } from 'react';
import Button from '@mui/material/Button';
import Popover from '@mui/material/Popover';
import { useT } from '../../i18n/useT';
import { PlaceholderHelp } from './PlaceholderHelp';

interface Props {
  coverageId: string;
  manual: boolean;
  entityName: string;
  entityType: string;
  mitreId: string | null;
}

/**
 * The "–" of a row without any score. It is a button: it opens, next to the dash, why there is no result and how
 * to get one (the remediation steps of the OpenCTI / OpenAEV documentation).
 */
export function PlaceholderExplanation(props: Props) {
  const t = useT();
  const id = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button
        size="small"
        variant="text"
        aria-label={t('result.placeholder.why', { name: props.entityName })}
        aria-haspopup="dialog"
        aria-expanded={anchor !== null}
        aria-controls={anchor ? id : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{ minWidth: 40, fontSize: 18, fontWeight: 600, color: 'text.secondary' }}
      >
        –
      </Button>
      <Popover
        id={id}
        open={anchor !== null}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
        slotProps={{
          paper: {
            role: 'dialog',
            'aria-labelledby': `${id}-title`,
            sx: { maxWidth: 520, p: 2 },
          },
        }}
      >
        <PlaceholderHelp {...props} titleId={`${id}-title`} onClose={() => setAnchor(null)} />
      </Popover>
    </>
  );
}
