import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import CloseIcon from '@mui/icons-material/Close';
import SyncIcon from '@mui/icons-material/Sync';
import { useT } from '../../i18n/useT';

interface Props {
  coverageId: string;
  manual: boolean;
  entityName: string;
  entityType: string;
  mitreId: string | null;
  titleId: string;
  onClose: () => void;
}

/** Why OpenAEV produced a placeholder inject for this entity, and the four documented steps to get a real test. */
export function PlaceholderHelp({
  manual,
  entityName,
  entityType,
  mitreId,
  titleId,
  onClose,
}: Props) {
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const [copied, setCopied] = useState(false);
  const identifier = mitreId ?? entityName;
  const copy = async () => {
    await navigator.clipboard?.writeText(identifier);
    setCopied(true);
  };
  // The Enrichment panel opens over the coverage page from `?panel=enrichment` (the panel reads that parameter).
  const openEnrichment = () => {
    const params = new URLSearchParams(location.search);
    params.set('panel', 'enrichment');
    onClose();
    navigate({ pathname: location.pathname, search: `?${params.toString()}` });
  };
  return (
    <Box sx={{ fontSize: 14 }}>
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
        <Typography id={titleId} variant="h3" component="h2" sx={{ flexGrow: 1, mb: 1 }}>
          {manual ? t('result.placeholder.manualTitle') : t('result.placeholder.title')}
        </Typography>
        <IconButton size="small" aria-label={t('common.close')} onClick={onClose}>
          <CloseIcon fontSize="small" />
        </IconButton>
      </Box>
      {manual ? (
        <Typography variant="body2">
          {t('result.placeholder.manualBody', { name: entityName })}
        </Typography>
      ) : (
        <>
          <Typography variant="body2">{t('result.placeholder.intro')}</Typography>
          <Box component="ul" sx={{ pl: 3, my: 1 }}>
            <li>
              {entityType === 'Attack-Pattern'
                ? t('result.placeholder.reasonUnknown')
                : t('result.placeholder.reasonUnknownOther')}
            </li>
            <li>{t('result.placeholder.reasonPayload')}</li>
          </Box>
          <Typography variant="subtitle2" component="h3" sx={{ mt: 1.5 }}>
            {t('result.placeholder.stepsTitle')}
          </Typography>
          <Box component="ol" sx={{ pl: 3, my: 1, '& li': { mb: 0.75 } }}>
            <li>{t('result.placeholder.step1')}</li>
            <li>{t('result.placeholder.step2')}</li>
            <li>{t('result.placeholder.step3', { id: identifier })}</li>
            <li>{t('result.placeholder.step4')}</li>
          </Box>
        </>
      )}
      <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1, mt: 1.5 }}>
        <Box
          component="code"
          sx={{ px: 1, py: 0.25, borderRadius: 1, bgcolor: 'action.hover', fontSize: 13 }}
        >
          {identifier}
        </Box>
        <Tooltip title={copied ? t('result.placeholder.copied') : ''}>
          <IconButton
            size="small"
            aria-label={t(
              mitreId ? 'result.placeholder.copyMitre' : 'result.placeholder.copyName',
              {
                id: identifier,
              },
            )}
            onClick={() => void copy()}
          >
            <ContentCopyIcon fontSize="small" />
          </IconButton>
        </Tooltip>
        <Box component="span" role="status" sx={{ color: 'success.main', fontSize: 13 }}>
          {copied ? t('result.placeholder.copied') : ''}
        </Box>
        <Box sx={{ flexGrow: 1 }} />
        {manual ? null : (
          <Button size="small" variant="outlined" startIcon={<SyncIcon />} onClick={openEnrichment}>
            {t('result.placeholder.openEnrichment')}
          </Button>
        )}
      </Box>
    </Box>
  );
}
