import { graphql, useFragment } from 'react-relay';
import { Link as RouterLink, useNavigate } from 'react-router';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { FormattedDate } from 'react-intl';
import { CoverageScores } from '../../components/CoverageScores';
import { ClampedText } from '../../components/ClampedText';
import { LabelChips, MarkingChips } from '../../components/Chips';
import { EntityTypeIcon } from '../../components/EntityTypeIcon';
import { RelativeTime } from '../../components/RelativeTime';
import { usePaths } from '../../config/useAppConfig';
import { useT } from '../../i18n/useT';
import type { VocabularyEntry } from '../../lib/scores';
import type { MessageKey } from '../../i18n/messages/en';
import type { SecurityCoverageListRow_coverage$key } from './__generated__/SecurityCoverageListRow_coverage.graphql';

const fragment = graphql`
  fragment SecurityCoverageListRow_coverage on SecurityCoverage {
    id
    name
    auto_enrichment_disable
    coverage_last_result
    created
    coverage_information {
      coverage_name
      coverage_score
    }
    objectCovered {
      id
      entity_type
      representative {
        main
      }
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
    createdBy {
      id
      name
    }
  }
`;

/**
 * Label and marking chips are cut past these widths (the whole text is in their tooltip), so the list fits 1440 px;
 * the usual markings (up to TLP:AMBER+STRICT) show whole.
 */
const LABEL_CHIP_WIDTH = 110;
const MARKING_CHIP_WIDTH = 150;

interface Props {
  coverageRef: SecurityCoverageListRow_coverage$key;
  vocabulary: readonly VocabularyEntry[];
  selectable: boolean;
  selected: boolean;
  onToggle: (id: string, name: string) => void;
}

/**
 * One coverage: a click anywhere opens it; the name is the keyboard-reachable link, its mode (automated or manual)
 * under it.
 */
export function SecurityCoverageListRow({
  coverageRef,
  vocabulary,
  selectable,
  selected,
  onToggle,
}: Props) {
  const coverage = useFragment(fragment, coverageRef);
  const t = useT();
  const paths = usePaths();
  const navigate = useNavigate();
  const href = paths.securityCoverage(coverage.id);
  const covered = coverage.objectCovered;
  return (
    <TableRow hover selected={selected} onClick={() => navigate(href)} sx={{ cursor: 'pointer' }}>
      {selectable ? (
        <TableCell padding="checkbox" onClick={(event) => event.stopPropagation()}>
          <Checkbox
            checked={selected}
            onChange={() => onToggle(coverage.id, coverage.name)}
            slotProps={{ input: { 'aria-label': `${t('list.col.select')} ${coverage.name}` } }}
          />
        </TableCell>
      ) : null}
      <TableCell sx={{ fontWeight: 500 }}>
        <Link
          component={RouterLink}
          to={href}
          onClick={(event) => event.stopPropagation()}
          underline="hover"
          color="inherit"
        >
          <ClampedText title={coverage.name}>{coverage.name}</ClampedText>
        </Link>
        <Chip
          size="small"
          variant="outlined"
          color={coverage.auto_enrichment_disable ? 'default' : 'primary'}
          label={
            coverage.auto_enrichment_disable ? t('list.mode.manual') : t('list.mode.automated')
          }
          sx={{ display: 'flex', width: 'fit-content', mt: 0.5 }}
        />
      </TableCell>
      <TableCell onClick={(event) => event.stopPropagation()}>
        {covered ? (
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            <EntityTypeIcon type={covered.entity_type} sx={{ color: 'text.secondary' }} />
            <Box>
              <Link
                component={RouterLink}
                to={paths.entity(covered.entity_type, covered.id)}
                underline="hover"
              >
                <ClampedText title={covered.representative.main}>
                  {covered.representative.main}
                </ClampedText>
              </Link>
              <Box sx={{ fontSize: 12, color: 'text.secondary' }}>
                {t(`entity.${covered.entity_type}` as MessageKey)}
              </Box>
            </Box>
          </Box>
        ) : (
          t('common.none')
        )}
      </TableCell>
      <TableCell>
        <CoverageScores metrics={coverage.coverage_information} vocabulary={vocabulary} />
      </TableCell>
      <TableCell>
        {coverage.coverage_last_result ? (
          <RelativeTime value={coverage.coverage_last_result} />
        ) : (
          t('list.never')
        )}
      </TableCell>
      <TableCell>
        <LabelChips labels={coverage.objectLabel} max={1} chipMaxWidth={LABEL_CHIP_WIDTH} />
      </TableCell>
      <TableCell>
        <MarkingChips markings={coverage.objectMarking} max={1} chipMaxWidth={MARKING_CHIP_WIDTH} />
      </TableCell>
      <TableCell sx={{ maxWidth: 140 }}>
        {coverage.createdBy ? (
          <ClampedText title={coverage.createdBy.name}>{coverage.createdBy.name}</ClampedText>
        ) : (
          t('list.noAuthor')
        )}
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {coverage.created ? (
          <FormattedDate value={coverage.created} dateStyle="medium" />
        ) : (
          t('common.none')
        )}
      </TableCell>
    </TableRow>
  );
}
