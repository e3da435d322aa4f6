import Typography from '@mui/material/Typography';
import { useIntl } from 'react-intl';
import { RelativeTime } from '../../components/RelativeTime';
import { useT } from '../../i18n/useT';

/** A date and time written out, with how long ago (or in how long) it is; a dash when there is none. */
export function DateValue({
  value,
  relative = true,
}: {
  value: string | null | undefined;
  relative?: boolean;
}) {
  const intl = useIntl();
  const t = useT();
  const date = value ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(date)) return <>{t('common.none')}</>;
  return (
    <>
      {intl.formatDate(date, { dateStyle: 'medium', timeStyle: 'short' })}
      {relative ? (
        <Typography component="span" variant="body2" sx={{ color: 'text.secondary', ml: 1 }}>
          (<RelativeTime value={new Date(date).toISOString()} />)
        </Typography>
      ) : null}
    </>
  );
}
