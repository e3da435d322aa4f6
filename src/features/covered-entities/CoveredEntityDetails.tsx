import type { ReactNode } from 'react';
import { graphql, useFragment } from 'react-relay';
import { FormattedDate } from 'react-intl';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { LabelChips, MarkingChips } from '../../components/Chips';
import { SafeMarkdown } from '../../components/SafeMarkdown';
import { useT } from '../../i18n/useT';
import type { CoveredEntityDetails_entity$key } from './__generated__/CoveredEntityDetails_entity.graphql';

const fragment = graphql`
  fragment CoveredEntityDetails_entity on StixCoreObject {
    ...entityMeta_entity @relay(mask: false)
    ... on StixDomainObject {
      modified
    }
    ... on Report {
      description
    }
    ... on Grouping {
      description
    }
    ... on Campaign {
      description
    }
    ... on IntrusionSet {
      description
    }
    ... on Incident {
      description
    }
    ... on CaseIncident {
      description
    }
  }
`;

function Field({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <Box sx={wide ? { gridRow: { md: 'span 3' } } : undefined}>
      <Typography component="dt" variant="subtitle2" sx={{ color: 'text.secondary', mb: 0.5 }}>
        {label}
      </Typography>
      <Box component="dd" sx={{ m: 0 }}>
        {children}
      </Box>
    </Box>
  );
}

/** Description, labels, markings, author and dates of a covered entity. */
export function CoveredEntityDetails({ entity }: { entity: CoveredEntityDetails_entity$key }) {
  const data = useFragment(fragment, entity);
  const t = useT();
  const none = t('common.none');
  const date = (value: string | null | undefined) =>
    value ? <FormattedDate value={value} dateStyle="long" /> : none;
  return (
    <Paper variant="outlined" component="section" aria-labelledby="entity-details" sx={{ p: 2 }}>
      <Typography id="entity-details" variant="h2" sx={{ mb: 2 }}>
        {t('entities.details.title')}
      </Typography>
      <Box
        component="dl"
        sx={{ m: 0, display: 'grid', gap: 2, gridTemplateColumns: { md: '2fr 1fr 1fr' } }}
      >
        <Field label={t('entities.details.description')} wide>
          {data.description?.trim() ? (
            <SafeMarkdown newTabLabel={t('common.newTab')}>{data.description}</SafeMarkdown>
          ) : (
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {t('entities.details.noDescription')}
            </Typography>
          )}
        </Field>
        <Field label={t('entities.details.labels')}>
          <LabelChips labels={data.objectLabel} max={10} />
        </Field>
        <Field label={t('entities.details.markings')}>
          <MarkingChips markings={data.objectMarking} max={10} />
        </Field>
        <Field label={t('entities.details.author')}>{data.createdBy?.name ?? none}</Field>
        <Field label={t('entities.details.created')}>{date(data.created)}</Field>
        <Field label={t('entities.details.modified')}>{date(data.modified)}</Field>
      </Box>
    </Paper>
  );
}
