import { Suspense } from 'react';
import { graphql, usePreloadedQuery, useQueryLoader, type PreloadedQuery } from 'react-relay';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { LabelsMarkingsSelects } from '../../components/LabelsMarkingsSelects';
import { useT } from '../../i18n/useT';
import type { LabelsMarkingsFieldsQuery as QueryType } from './__generated__/LabelsMarkingsFieldsQuery.graphql';

const query = graphql`
  query LabelsMarkingsFieldsQuery {
    labels(first: 200, orderBy: value, orderMode: asc) {
      edges {
        node {
          id
          value
        }
      }
    }
    markingDefinitions(first: 100, orderBy: x_opencti_order, orderMode: asc) {
      edges {
        node {
          id
          definition
        }
      }
    }
  }
`;

interface Option {
  id: string;
  label: string;
}

interface Props {
  labels: string[];
  markings: string[];
  /** What the coverage holds now, so its current choices can be named before the lists are loaded. */
  current: { labels: Option[]; markings: Option[] };
  onChange: (change: { labels?: string[]; markings?: string[] }) => void;
}

/** Merges the platform's options with the current choices (a choice the list lacks stays visible). */
const withCurrent = (options: Option[], current: Option[]) => [
  ...options,
  ...current.filter((c) => !options.some((o) => o.id === c.id)),
];

function Selects({ queryRef, ...props }: Props & { queryRef: PreloadedQuery<QueryType> }) {
  const data = usePreloadedQuery<QueryType>(query, queryRef);
  const labels = (data.labels?.edges ?? []).flatMap((e) =>
    e?.node ? [{ id: e.node.id, label: e.node.value ?? '' }] : [],
  );
  const markings = (data.markingDefinitions?.edges ?? []).flatMap((e) =>
    e?.node ? [{ id: e.node.id, label: e.node.definition ?? '' }] : [],
  );
  return (
    <LabelsMarkingsSelects
      labelOptions={withCurrent(labels, props.current.labels)}
      markingOptions={withCurrent(markings, props.current.markings)}
      labels={props.labels}
      markings={props.markings}
      onChange={props.onChange}
    />
  );
}

/**
 * Labels and markings. The platform's lists load only when the analyst asks to change them, so opening the
 * drawer sends nothing.
 */
export function LabelsMarkingsFields(props: Props) {
  const t = useT();
  const [queryRef, load] = useQueryLoader<QueryType>(query);
  if (!queryRef) {
    const names = (ids: string[], options: Option[]) =>
      ids.map((id) => options.find((o) => o.id === id)?.label ?? id).join(', ') || t('common.none');
    return (
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="body2" sx={{ flexGrow: 1 }}>
          {t('form.field.labels')}: {names(props.labels, props.current.labels)} ·{' '}
          {t('form.field.markings')}: {names(props.markings, props.current.markings)}
        </Typography>
        <Button size="small" onClick={() => load({}, { fetchPolicy: 'store-or-network' })}>
          {t('coverage.field.editLabelsMarkings')}
        </Button>
      </Box>
    );
  }
  return (
    <ErrorBoundary onRetry={() => load({}, { fetchPolicy: 'network-only' })}>
      <Suspense fallback={<Skeleton variant="rounded" height={112} />}>
        <Selects queryRef={queryRef} {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}
