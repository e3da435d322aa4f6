import { memo } from 'react';
import { graphql, useFragment } from 'react-relay';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import { styled } from '@mui/material/styles';
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

/**
 * The row's styles, written once for all its cells: the table mounts and unmounts rows as it scrolls, and per-cell
 * style props would be computed again for every row that comes into view.
 */
const Row = styled(TableRow)(({ theme }) => ({
  '& > td': {
    height: ROW_HEIGHT,
    paddingTop: theme.spacing(0.5),
    paddingBottom: theme.spacing(0.5),
    overflow: 'hidden',
  },
  '& > td.ResultRow-actions': { paddingLeft: theme.spacing(1), paddingRight: theme.spacing(1) },
  '& > td.ResultRow-name': { fontWeight: 500 },
  '& > td.ResultRow-placeholder': { color: theme.palette.text.secondary },
  '& > td.ResultRow-time': { whiteSpace: 'nowrap' },
  '& .ResultRow-type': {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    minWidth: 0,
  },
  '& .ResultRow-type > svg': { color: theme.palette.text.secondary },
  '& .ResultRow-typeName': { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  '& .ResultRow-scores': { display: 'flex', alignItems: 'center', gap: theme.spacing(0.5) },
  '& .ResultRow-source': { display: 'block', minWidth: 0 },
}));

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
  return (
    <Row hover aria-rowindex={rowIndex}>
      <TableCell>
        <span className="ResultRow-type">
          <EntityTypeIcon type={entityType} fontSize="small" />
          <span className="ResultRow-typeName" title={typeName(entityType)}>
            {typeName(entityType)}
          </span>
        </span>
      </TableCell>
      <TableCell
        className={placeholder ? 'ResultRow-name ResultRow-placeholder' : 'ResultRow-name'}
      >
        <ClampedText title={name}>{name}</ClampedText>
      </TableCell>
      <TableCell>
        <span className="ResultRow-scores">
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
        </span>
      </TableCell>
      <TableCell>
        <LabelChips labels={to?.objectLabel} max={1} />
      </TableCell>
      <TableCell>
        <MarkingChips markings={to?.objectMarking} max={1} />
      </TableCell>
      <TableCell>
        <Tooltip title={source?.external_uri ?? ''}>
          <span className="ResultRow-source">
            <ClampedText title={source?.name ?? ''}>{source?.name ?? '–'}</ClampedText>
          </span>
        </Tooltip>
      </TableCell>
      <TableCell className="ResultRow-time">
        <RelativeTime value={rel.updated_at} />
      </TableCell>
      {coverage.canEdit ? (
        <TableCell className="ResultRow-actions">
          <EditScoresButton
            relationshipId={rel.id}
            entityName={name}
            metrics={metrics}
            vocabulary={vocabulary}
          />
        </TableCell>
      ) : null}
    </Row>
  );
});
