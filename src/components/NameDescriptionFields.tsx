import TextField from '@mui/material/TextField';
import { useT } from '../i18n/useT';

interface Props {
  name: string;
  description: string;
  onChange: (change: { name?: string; description?: string }) => void;
  nameError?: string;
}

/** The name (required) and description every coverage form starts with. */
export function NameDescriptionFields({ name, description, onChange, nameError }: Props) {
  const t = useT();
  return (
    <>
      <TextField
        label={t('form.field.name')}
        required
        value={name}
        onChange={(e) => onChange({ name: e.target.value })}
        error={!!nameError}
        helperText={nameError}
      />
      <TextField
        label={t('form.field.description')}
        multiline
        minRows={3}
        value={description}
        onChange={(e) => onChange({ description: e.target.value })}
      />
    </>
  );
}
