import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { metricDisplayName, metricKey } from '../lib/scores';

/**
 * The name of a metric in the reader's language: the coverage_ov names the catalogs know (prevention, detection,
 * vulnerability) are translated; any other name from the results is shown as written ("Human response").
 */
export function useMetricName(): (name: string) => string {
  const intl = useIntl();
  return useCallback(
    (name: string) => {
      const id = `metric.name.${metricKey(name)}`;
      return id in intl.messages ? intl.formatMessage({ id }) : metricDisplayName(name);
    },
    [intl],
  );
}
