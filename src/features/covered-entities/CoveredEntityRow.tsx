import { graphql, useFragment } from 'react-relay';
import { FormattedDate } from 'react-intl';
import { Link as RouterLink, useLocation } from 'react-router';
import Link from '@mui/material/Link';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { LabelChips, MarkingChips } from '../../components/Chips';
import { usePaths } from '../../config/useAppConfig';
import { useT } from '../../i18n/useT';
import { EntityCoverageLink } from './EntityCoverageLink';
import { listReturnState } from './listReturn';
import type { CoveredEntityRow_entity$key } from './__generated__/CoveredEntityRow_entity.graphql';

const fragment = graphql`
  fragment CoveredEntityRow_entity on StixCoreObject {
    id
    entity_type
    representative {
      main
    }
    ...entityMeta_entity @relay(mask: false)
    ...EntityCoverageLink_entity
  }
`;

/** One covered entity in its type's list. */
export function CoveredEntityRow({ entity }: { entity: CoveredEntityRow_entity$key }) {
  const data = useFragment(fragment, entity);
  const t = useT();
  const paths = usePaths();
  const location = useLocation();
  return (
    <TableRow hover>
      <TableCell component="th" scope="row">
        <Link
          component={RouterLink}
          to={paths.entity(data.entity_type, data.id)}
          state={listReturnState(location)}
        >
          {data.representative.main}
        </Link>
      </TableCell>
      <TableCell>
        <LabelChips labels={data.objectLabel} />
      </TableCell>
      <TableCell>
        <MarkingChips markings={data.objectMarking} />
      </TableCell>
      <TableCell>{data.createdBy?.name ?? t('common.none')}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {data.created ? (
          <FormattedDate value={data.created} dateStyle="medium" />
        ) : (
          t('common.none')
        )}
      </TableCell>
      <TableCell>
        <EntityCoverageLink
          entity={data}
          fallback={
            <Typography variant="body2" component="span" sx={{ color: 'text.secondary' }}>
              {t('entities.coverage.none')}
            </Typography>
          }
        />
      </TableCell>
    </TableRow>
  );
}
