import type { ReactNode } from 'react';
import { graphql, useFragment } from 'react-relay';
import { Link as RouterLink, useLocation } from 'react-router';
import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { EntityTypeIcon } from '../../components/EntityTypeIcon';
import { usePaths } from '../../config/useAppConfig';
import { ENTITY_TYPE_SEGMENT, isCoverableEntityType } from '../../lib/entityTypes';
import { useT } from '../../i18n/useT';
import { CoveredEntityDetails } from './CoveredEntityDetails';
import { CoveredEntityTestables } from './CoveredEntityTestables';
import { EntityCoverageLink } from './EntityCoverageLink';
import { listReturnUrl } from './listReturn';
import { LIST_TITLE, TYPE_NAME } from './typeMessages';
import type { CoveredEntityPage_entity$key } from './__generated__/CoveredEntityPage_entity.graphql';

const fragment = graphql`
  fragment CoveredEntityPage_entity on StixCoreObject {
    entity_type
    representative {
      main
    }
    ...EntityCoverageLink_entity @arguments(withStatus: true)
    ...CoveredEntityDetails_entity
    ...CoveredEntityTestables_entity
  }
`;

/**
 * The page of a coverable entity: what it is, and what an automated coverage could test in it. The upper-right
 * corner holds its Security Coverage (gauges linking to it) or, when it has none, `addCoverageAction`.
 */
export function CoveredEntityPage({
  entity,
  addCoverageAction,
}: {
  entity: CoveredEntityPage_entity$key;
  addCoverageAction?: ReactNode;
}) {
  const data = useFragment(fragment, entity);
  const t = useT();
  const paths = usePaths();
  const { state } = useLocation();
  const type = isCoverableEntityType(data.entity_type) ? data.entity_type : null;
  return (
    <Box>
      {type ? (
        <Breadcrumbs aria-label={t('entities.page.breadcrumbs')} sx={{ mb: 1 }}>
          <Link
            component={RouterLink}
            to={listReturnUrl(state, paths.entityList(ENTITY_TYPE_SEGMENT[type]))}
          >
            {t(LIST_TITLE[type])}
          </Link>
          <Typography sx={{ color: 'text.primary' }} aria-current="page">
            {data.representative.main}
          </Typography>
        </Breadcrumbs>
      ) : null}
      <Box
        sx={{
          display: 'flex',
          alignItems: 'flex-start',
          justifyContent: 'space-between',
          gap: 2,
          flexWrap: 'wrap',
          mb: 3,
        }}
      >
        <Box sx={{ minWidth: 0 }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, color: 'text.secondary' }}>
            <EntityTypeIcon type={data.entity_type} />
            <Typography variant="overline" component="p">
              {type ? t(TYPE_NAME[type]) : data.entity_type}
            </Typography>
          </Box>
          <Typography variant="h1" sx={{ overflowWrap: 'anywhere' }}>
            {data.representative.main}
          </Typography>
        </Box>
        <Box sx={{ flexShrink: 0 }}>
          <EntityCoverageLink
            entity={data}
            fallback={addCoverageAction ?? null}
            size="medium"
            withStatus
          />
        </Box>
      </Box>
      <Box sx={{ display: 'grid', gap: 3 }}>
        <CoveredEntityDetails entity={data} />
        <CoveredEntityTestables entity={data} />
      </Box>
    </Box>
  );
}
