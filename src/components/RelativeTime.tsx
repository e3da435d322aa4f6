import Tooltip from '@mui/material/Tooltip';
import { useIntl } from 'react-intl';
import { relativeTime } from '../lib/relativeTime';
import { useNow } from './useNow';

/** "5 minutes ago", with the exact date and time on hover and for assistive technology. */
export function RelativeTime({ value }: { value: string }) {
  const intl = useIntl();
  const now = useNow();
  const date = Date.parse(value);
  if (Number.isNaN(date)) return null;
  const { value: amount, unit } = relativeTime(date, now);
  const exact = intl.formatDate(date, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Tooltip title={exact}>
      <time dateTime={new Date(date).toISOString()}>
        {intl.formatRelativeTime(amount, unit, { numeric: 'auto' })}
      </time>
    </Tooltip>
  );
}
