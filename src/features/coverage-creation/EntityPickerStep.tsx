import { useState, useTransition } from 'react';
import {
  graphql,
  usePaginationFragment,
  usePreloadedQuery,
  type PreloadedQuery,
} from 'react-relay';
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { EntityTypeIcon } from '../../components/EntityTypeIcon';
import { usePaths } from '../../config/useAppConfig';
import { useT } from '../../i18n/useT';
import { COVERABLE_ENTITY_TYPES, isCoverableEntityType } from '../../lib/entityTypes';
import type { MessageKey } from '../../i18n/messages/en';
import type { PickedEntity } from './AddSecurityCoverageDrawer';
import type { EntityPickerStepQuery as QueryType } from './__generated__/EntityPickerStepQuery.graphql';
import type { EntityPickerStepPaginationQuery } from './__generated__/EntityPickerStepPaginationQuery.graphql';
import type { EntityPickerStep_query$key } from './__generated__/EntityPickerStep_query.graphql';

/** The entity picker of the list flow: coverable entities, searchable, filterable by type, paginated. */
export const EntityPickerQuery = graphql`
  query EntityPickerStepQuery($types: [String], $search: String) {
    ...EntityPickerStep_query @arguments(types: $types, search: $search)
  }
`;

const fragment = graphql`
  fragment EntityPickerStep_query on Query
  @refetchable(queryName: "EntityPickerStepPaginationQuery")
  @argumentDefinitions(
    types: { type: "[String]" }
    search: { type: "String" }
    count: { type: "Int", defaultValue: 20 }
    cursor: { type: "ID" }
  ) {
    stixCoreObjects(
      types: $types
      search: $search
      first: $count
      after: $cursor
      orderBy: created_at
      orderMode: desc
    ) @connection(key: "EntityPickerStep_stixCoreObjects") {
      pageInfo {
        globalCount
      }
      edges {
        node {
          id
          entity_type
          representative {
            main
          }
          ... on Report {
            securityCoverage {
              id
            }
          }
          ... on Grouping {
            securityCoverage {
              id
            }
          }
          ... on Campaign {
            securityCoverage {
              id
            }
          }
          ... on IntrusionSet {
            securityCoverage {
              id
            }
          }
          ... on Incident {
            securityCoverage {
              id
            }
          }
          ... on CaseIncident {
            securityCoverage {
              id
            }
          }
        }
      }
    }
  }
`;

/** Step 1 from the list: search across the six coverable types; entities with a coverage are marked. */
export function EntityPickerStep({
  queryRef,
  selectedId,
  onPick,
}: {
  queryRef: PreloadedQuery<QueryType>;
  selectedId?: string;
  onPick: (entity: PickedEntity) => void;
}) {
  const query = usePreloadedQuery<QueryType>(EntityPickerQuery, queryRef);
  const { data, loadNext, hasNext, isLoadingNext, refetch } = usePaginationFragment<
    EntityPickerStepPaginationQuery,
    EntityPickerStep_query$key
  >(fragment, query);
  const t = useT();
  const paths = usePaths();
  const [, startTransition] = useTransition();
  const [search, setSearch] = useState('');
  const [type, setType] = useState('');
  const apply = (nextSearch: string, nextType: string) =>
    startTransition(() => {
      refetch({
        search: nextSearch.trim() || null,
        types: nextType ? [nextType] : [...COVERABLE_ENTITY_TYPES],
      });
    });
  const edges = data.stixCoreObjects?.edges ?? [];
  return (
    <Box>
      <Box sx={{ display: 'flex', gap: 1, mb: 1 }}>
        <TextField
          size="small"
          type="search"
          label={t('creation.picker.search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              apply(search, type);
            }
          }}
          onBlur={() => apply(search, type)}
          sx={{ flexGrow: 1 }}
        />
        <TextField
          select
          size="small"
          label={t('creation.picker.type')}
          value={type}
          onChange={(e) => {
            setType(e.target.value);
            apply(search, e.target.value);
          }}
          slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          sx={{ minWidth: 180 }}
        >
          <option value="">{t('creation.picker.allTypes')}</option>
          {COVERABLE_ENTITY_TYPES.map((value) => (
            <option key={value} value={value}>
              {t(`entity.${value}` as MessageKey)}
            </option>
          ))}
        </TextField>
      </Box>
      <Typography variant="caption" color="text.secondary" role="status">
        {t('creation.picker.count', {
          shown: edges.length,
          total: data.stixCoreObjects?.pageInfo.globalCount ?? 0,
        })}
      </Typography>
      {edges.length === 0 ? (
        <Typography sx={{ py: 3 }}>{t('creation.picker.empty')}</Typography>
      ) : null}
      <List aria-label={t('creation.step.entity')}>
        {edges.map(({ node }) => {
          const entityType = node.entity_type;
          const coverage = node.securityCoverage;
          if (!isCoverableEntityType(entityType)) return null;
          const name = node.representative.main;
          return (
            <ListItem
              key={node.id}
              disablePadding
              secondaryAction={
                coverage ? (
                  <Button
                    size="small"
                    component={RouterLink}
                    to={paths.securityCoverage(coverage.id)}
                  >
                    {t('creation.picker.openCoverage')}
                  </Button>
                ) : undefined
              }
            >
              <ListItemButton
                disabled={!!coverage}
                selected={node.id === selectedId}
                onClick={() => onPick({ id: node.id, entityType, name })}
                aria-label={t('creation.picker.choose', { name })}
              >
                <ListItemIcon sx={{ minWidth: 36 }}>
                  <EntityTypeIcon type={entityType} />
                </ListItemIcon>
                <ListItemText primary={name} secondary={t(`entity.${entityType}` as MessageKey)} />
                {coverage ? (
                  <Chip size="small" label={t('creation.picker.hasCoverage')} sx={{ mr: 14 }} />
                ) : null}
              </ListItemButton>
            </ListItem>
          );
        })}
      </List>
      {hasNext ? (
        <Button disabled={isLoadingNext} onClick={() => loadNext(20)}>
          {isLoadingNext ? t('list.loadingMore') : t('list.loadMore')}
        </Button>
      ) : null}
    </Box>
  );
}
