import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { MessageKey } from './messages/en';

export type TranslateValues = Record<string, string | number | Date>;

/** A typed translate function: `t('nav.reports')`, `t('mode.live', { host })`. */
export function useT() {
  const intl = useIntl();
  return useCallback(
    (key: MessageKey, values?: TranslateValues) => intl.formatMessage({ id: key }, values),
    [intl],
  );
}
