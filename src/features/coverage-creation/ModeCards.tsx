import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import AutoModeIcon from '@mui/icons-material/AutoMode';
import EditNoteIcon from '@mui/icons-material/EditNote';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/useT';
import type { AutomationAvailability } from '../../lib/connectors';
import type { CreationMode } from './creationForm';

interface Props {
  availability: AutomationAvailability;
  eligible: { attackPatterns: number; vulnerabilities: number; total: number };
  entityName: string;
  typeLabel: string;
  selected: CreationMode | null;
  onChoose: (mode: CreationMode) => void;
  onCancel: () => void;
}

/** The two ways to assess: each card is a button; a disabled card says why and what to do. */
export function ModeCards({
  availability,
  eligible,
  entityName,
  typeLabel,
  selected,
  onChoose,
  onCancel,
}: Props) {
  const t = useT();
  const intl = useIntl();
  const noConnector = availability.healthy.length === 0;
  const noEligible = eligible.total === 0;
  const automatedDisabled = noConnector || noEligible;
  const reasons: string[] = [];
  if (noConnector) {
    reasons.push(t('creation.mode.noConnector'));
    for (const { connector, health } of availability.unhealthy) {
      const seen = connector.updated_at
        ? intl.formatDate(connector.updated_at, { dateStyle: 'medium', timeStyle: 'short' })
        : t('creation.mode.never');
      reasons.push(t('creation.mode.unhealthy', { name: connector.name, health, seen }));
    }
    if (availability.unhealthy.length > 0) reasons.push(t('creation.mode.unhealthyHelp'));
  }
  if (noEligible) reasons.push(t('creation.mode.noEligible', { type: typeLabel }));
  const reasonId = 'automated-unavailable';
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('creation.covering', { type: typeLabel, name: entityName })}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2 }}>
        <Card
          variant="outlined"
          sx={{
            borderColor: selected === 'automated' ? 'primary.main' : 'divider',
            opacity: automatedDisabled ? 0.7 : 1,
          }}
        >
          <CardActionArea
            disabled={automatedDisabled}
            onClick={() => onChoose('automated')}
            aria-describedby={automatedDisabled ? reasonId : undefined}
            sx={{ height: '100%', alignItems: 'flex-start' }}
          >
            <CardContent>
              <AutoModeIcon color={automatedDisabled ? 'disabled' : 'primary'} aria-hidden />
              <Typography variant="h3" component="span" sx={{ display: 'block', my: 1 }}>
                {t('creation.mode.automated')}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {t('creation.mode.automatedBody')}
              </Typography>
              {!automatedDisabled ? (
                <Typography variant="caption" sx={{ display: 'block', mt: 1 }}>
                  {t('creation.mode.willRun', {
                    count: availability.healthy.length,
                    names: availability.healthy.map((c) => c.name).join(', '),
                  })}
                  <br />
                  {t('creation.eligible', {
                    attackPatterns: eligible.attackPatterns,
                    vulnerabilities: eligible.vulnerabilities,
                  })}
                </Typography>
              ) : null}
            </CardContent>
          </CardActionArea>
        </Card>
        <Card
          variant="outlined"
          sx={{ borderColor: selected === 'manual' ? 'primary.main' : 'divider' }}
        >
          <CardActionArea
            onClick={() => onChoose('manual')}
            sx={{ height: '100%', alignItems: 'flex-start' }}
          >
            <CardContent>
              <EditNoteIcon color="primary" aria-hidden />
              <Typography variant="h3" component="span" sx={{ display: 'block', my: 1 }}>
                {t('creation.mode.manual')}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {t('creation.mode.manualBody')}
              </Typography>
            </CardContent>
          </CardActionArea>
        </Card>
      </Box>
      {automatedDisabled ? (
        <Alert id={reasonId} severity="warning" sx={{ mt: 2 }}>
          {reasons.map((reason) => (
            <Box key={reason}>{reason}</Box>
          ))}
        </Alert>
      ) : null}
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mt: 3 }}>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </Box>
    </Box>
  );
}
