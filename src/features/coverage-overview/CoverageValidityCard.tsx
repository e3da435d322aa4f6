import { graphql, useFragment } from 'react-relay';
import { useIntl } from 'react-intl';
import Chip from '@mui/material/Chip';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import HistoryIcon from '@mui/icons-material/History';
import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty';
import { useDurationText } from '../../components/useDurationText';
import { useNow } from '../../components/useNow';
import { useT } from '../../i18n/useT';
import { computeValidity, earliest, type ValidityStatus } from '../../lib/validity';
import type { CoverageResultEntry } from '../../lib/coverageResults';
import { DateValue } from './DateValue';
import { FieldList } from './FieldList';
import { OverviewCard } from './OverviewCard';
import type { CoverageValidityCard_coverage$key } from './__generated__/CoverageValidityCard_coverage.graphql';

const fragment = graphql`
  fragment CoverageValidityCard_coverage on SecurityCoverage {
    created
    coverage_last_result
    coverage_valid_from
    coverage_valid_to
    periodicity
    duration
    auto_enrichment_disable
  }
`;

const STATUS = {
  fresh: { colour: 'success', icon: <CheckCircleOutlineIcon aria-hidden /> },
  outdated: { colour: 'warning', icon: <HistoryIcon aria-hidden /> },
  none: { colour: 'default', icon: <HourglassEmptyIcon aria-hidden /> },
} as const satisfies Record<ValidityStatus, unknown>;

/** Last result, validity window and status, the next expected simulation and the schedule in plain words. */
export function CoverageValidityCard({
  coverage,
  results,
}: {
  coverage: CoverageValidityCard_coverage$key;
  results: readonly CoverageResultEntry[];
}) {
  const data = useFragment(fragment, coverage);
  const t = useT();
  const intl = useIntl();
  const now = useNow();
  const { every } = useDurationText();
  const scheduleStart = earliest(results.map((r) => r.created)) ?? data.created;
  const validity = computeValidity({
    lastResult: data.coverage_last_result,
    periodicity: data.periodicity,
    duration: data.duration,
    start: scheduleStart,
    now,
  });
  const status = STATUS[validity.status];
  const several = results.length > 1;
  const perResult = t('overview.validity.perResult');
  const period = every(data.periodicity);
  const end = validity.scheduleEnd
    ? intl.formatDate(validity.scheduleEnd, { dateStyle: 'medium' })
    : null;
  let schedule = t('common.none');
  if (period && end)
    schedule = t(
      validity.scheduleEnded
        ? 'overview.validity.scheduleEnded'
        : 'overview.validity.scheduleUntil',
      {
        every: period,
        date: end,
      },
    );
  else if (period) schedule = t('overview.validity.scheduleOpen', { every: period });
  let next = <>{t('common.none')}</>;
  if (validity.nextExpected) next = <DateValue value={validity.nextExpected.toISOString()} />;
  else if (validity.scheduleEnded && validity.status !== 'none')
    next = <>{t('overview.validity.noNext')}</>;
  return (
    <OverviewCard id="overview-validity" title={t('overview.validity.title')}>
      <Chip
        icon={status.icon}
        color={status.colour}
        variant="outlined"
        label={t(`overview.validity.status.${validity.status}`)}
        sx={{ mb: 2 }}
      />
      <FieldList
        rows={[
          {
            label: t('overview.validity.lastResult'),
            value: <DateValue value={data.coverage_last_result} />,
          },
          {
            label: t('overview.validity.validFrom'),
            value: several ? (
              perResult
            ) : (
              <DateValue value={data.coverage_valid_from} relative={false} />
            ),
          },
          {
            label: t('overview.validity.validUntil'),
            value: several ? (
              perResult
            ) : (
              <DateValue value={data.coverage_valid_to} relative={false} />
            ),
          },
          {
            label: t(
              data.auto_enrichment_disable
                ? 'overview.validity.nextManual'
                : 'overview.validity.next',
            ),
            value: next,
          },
          { label: t('overview.validity.schedule'), value: schedule },
          {
            label: t('overview.validity.scheduleStart'),
            value: <DateValue value={scheduleStart} relative={false} />,
          },
        ]}
      />
    </OverviewCard>
  );
}
