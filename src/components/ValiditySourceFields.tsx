import TextField from '@mui/material/TextField';
import { useT } from '../i18n/useT';
import { DurationField } from './DurationField';

interface Props {
  validity: string;
  sourceUrl: string;
  onChange: (change: { validity?: string; sourceUrl?: string }) => void;
  /** Translated messages to show, by field. */
  errors: { validity?: string; sourceUrl?: string };
  sourceUrlHelp: string;
}

/** An assessed coverage's optional validity period and source link (http or https). */
export function ValiditySourceFields({
  validity,
  sourceUrl,
  onChange,
  errors,
  sourceUrlHelp,
}: Props) {
  const t = useT();
  return (
    <>
      <DurationField
        label={t('form.field.validity')}
        value={validity}
        onChange={(next) => onChange({ validity: next })}
        error={errors.validity}
      />
      <TextField
        label={t('form.field.sourceUrl')}
        value={sourceUrl}
        onChange={(e) => onChange({ sourceUrl: e.target.value })}
        error={!!errors.sourceUrl}
        helperText={errors.sourceUrl ?? sourceUrlHelp}
        type="url"
      />
    </>
  );
}
