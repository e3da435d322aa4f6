import { graphql, useFragment } from 'react-relay';
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { EntityTypeIcon } from '../../components/EntityTypeIcon';
import { SafeMarkdown } from '../../components/SafeMarkdown';
import { usePaths } from '../../config/useAppConfig';
import { useT } from '../../i18n/useT';
import { DateValue } from './DateValue';
import { FieldList } from './FieldList';
import { OverviewCard } from './OverviewCard';
import type { CoverageDetailsCard_coverage$key } from './__generated__/CoverageDetailsCard_coverage.graphql';

const fragment = graphql`
  fragment CoverageDetailsCard_coverage on SecurityCoverage {
    description
    created
    modified
    platforms_affinity
    type_affinity
    createdBy {
      name
    }
    objectCovered {
      id
      entity_type
      representative {
        main
      }
    }
  }
`;

/** Description (Markdown, rendered safely), covered entity, author, dates and the automation's affinities. */
export function CoverageDetailsCard({ coverage }: { coverage: CoverageDetailsCard_coverage$key }) {
  const data = useFragment(fragment, coverage);
  const t = useT();
  const paths = usePaths();
  const none = t('common.none');
  const covered = data.objectCovered;
  const platforms = data.platforms_affinity ?? [];
  return (
    <OverviewCard id="overview-details" title={t('overview.details.title')}>
      <Typography variant="subtitle2" component="h3" sx={{ color: 'text.secondary' }}>
        {t('overview.details.description')}
      </Typography>
      <Box sx={{ mb: 2 }}>
        {data.description ? (
          <SafeMarkdown newTabLabel={t('common.newTab')}>{data.description}</SafeMarkdown>
        ) : (
          <Typography variant="body2">{none}</Typography>
        )}
      </Box>
      <FieldList
        rows={[
          {
            label: t('overview.details.covered'),
            value: covered ? (
              <Link
                component={RouterLink}
                to={paths.entity(covered.entity_type, covered.id)}
                sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}
              >
                <EntityTypeIcon type={covered.entity_type} />
                {covered.representative.main}
              </Link>
            ) : (
              none
            ),
          },
          { label: t('overview.details.author'), value: data.createdBy?.name ?? none },
          {
            label: t('overview.details.created'),
            value: <DateValue value={data.created} relative={false} />,
          },
          {
            label: t('overview.details.modified'),
            value: <DateValue value={data.modified} relative={false} />,
          },
          {
            label: t('overview.details.platforms'),
            value:
              platforms.length > 0 ? (
                <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                  {platforms.map((p) => (
                    <Chip key={p} size="small" label={p} />
                  ))}
                </Stack>
              ) : (
                none
              ),
          },
          { label: t('overview.details.typeAffinity'), value: data.type_affinity ?? none },
        ]}
      />
    </OverviewCard>
  );
}
