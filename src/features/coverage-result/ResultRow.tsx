import { memo } from 'react';
import { graphql, useFragment } from 'react-relay';
import Box from '@mui/material/Box';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import { ClampedText } from '../../components/ClampedText';
import { CoverageScores } from '../../components/CoverageScores';
import { EntityTypeIcon } from '../../components/EntityTypeIcon';
import { LabelChips, MarkingChips } from '../../components/Chips';
import { RelativeTime } from '../../components/RelativeTime';
import type { VocabularyEntry } from '../../lib/scores';
import { PlaceholderExplanation } from './PlaceholderExplanation';
import type { ResultSource } from './resultData';
import { EditScoresButton } from './EditScoresButton';
import { testedEntityName } from './testedEntityName';
import { useEntityTypeName } from './useEntityTypeName';
import type { ResultRow_relationship$key } from './__generated__/ResultRow_relationship.graphql';

export const ROW_HEIGHT = 64;

const fragment = graphql`
  fragment ResultRow_relationship on StixCoreRelationship {
    id
    updated_at
    coverage_information {
      coverage_name
      coverage_score
    }
    to {
      ... on StixCoreObject {
        id
        entity_type
        representative {
          main
        }
        objectLabel {
          id
          value
          color
        }
        objectMarking {
          id
          definition
          x_opencti_color
        }
      }
      ... on AttackPattern {
        name
        x_mitre_id
      }
    }
  }
`;

export interface CoverageContext {
  id: string;
  manual: boolean;
  /** Manual coverage and KNOWLEDGE_KNUPDATE: per-entity scores can be edited. */
  canEdit: boolean;
}

interface Props {
  relationshipRef: ResultRow_relationship$key;
  /** The result that scored the row (the server's generation decides where it comes from). */
  source: ResultSource | null;
  /** aria-rowindex: the header is row 1. */
  rowIndex: number;
  coverage: CoverageContext;
  vocabulary: readonly VocabularyEntry[];
}

/** One tested entity as one result (OpenAEV tenant or manual entry) scored it. */
export const ResultRow = memo(function ResultRow({
  relationshipRef,
  source,
  rowIndex,
  coverage,
  vocabulary,
}: Props) {
  const rel = useFragment(fragment, relationshipRef);
  const typeName = useEntityTypeName();
  const to = rel.to;
  const entityType = to?.entity_type ?? '';
  const name = testedEntityName(to);
  const metrics = rel.coverage_information ?? [];
  const placeholder = metrics.length === 0;
  const cellSx = { height: ROW_HEIGHT, py: 0.5, overflow: 'hidden' } as const;
  return (
    <TableRow hover aria-rowindex={rowIndex}>
      <TableCell sx={cellSx}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0 }}>
          <EntityTypeIcon type={entityType} fontSize="small" sx={{ color: 'text.secondary' }} />
          <Box
            component="span"
            title={typeName(entityType)}
            sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
          >
            {typeName(entityType)}
          </Box>
        </Box>
      </TableCell>
      <TableCell
        sx={{ ...cellSx, fontWeight: 500, color: placeholder ? 'text.secondary' : undefined }}
      >
        <ClampedText title={name}>{name}</ClampedText>
      </TableCell>
      <TableCell sx={cellSx}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
          {placeholder ? (
            <PlaceholderExplanation
              coverageId={coverage.id}
              manual={coverage.manual}
              entityName={name}
              entityType={entityType}
              mitreId={to?.x_mitre_id ?? null}
            />
          ) : (
            <CoverageScores metrics={metrics} vocabulary={vocabulary} />
          )}
        </Box>
      </TableCell>
      <TableCell sx={cellSx}>
        <LabelChips labels={to?.objectLabel} max={1} />
      </TableCell>
      <TableCell sx={cellSx}>
        <MarkingChips markings={to?.objectMarking} max={1} />
      </TableCell>
      <TableCell sx={cellSx}>
        <Tooltip title={source?.external_uri ?? ''}>
          <Box component="span" sx={{ display: 'block', minWidth: 0 }}>
            <ClampedText title={source?.name ?? ''}>{source?.name ?? '–'}</ClampedText>
          </Box>
        </Tooltip>
      </TableCell>
      <TableCell sx={{ ...cellSx, whiteSpace: 'nowrap' }}>
        <RelativeTime value={rel.updated_at} />
      </TableCell>
      {coverage.canEdit ? (
        <TableCell sx={{ ...cellSx, px: 1 }}>
          <EditScoresButton
            relationshipId={rel.id}
            entityName={name}
            metrics={metrics}
            vocabulary={vocabulary}
          />
        </TableCell>
      ) : null}
    </TableRow>
  );
});
