import type { ReactNode } from 'react';
import { graphql, useFragment } from 'react-relay';
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import AutoModeIcon from '@mui/icons-material/AutoMode';
import EditNoteIcon from '@mui/icons-material/EditNote';
import { CoverageScores } from '../../components/CoverageScores';
import { EntityTypeIcon } from '../../components/EntityTypeIcon';
import { LabelChips, MarkingChips } from '../../components/Chips';
import { usePaths } from '../../config/useAppConfig';
import { useT } from '../../i18n/useT';
import type { MessageKey } from '../../i18n/messages/en';
import type { CoverageHeader_coverage$key } from './__generated__/CoverageHeader_coverage.graphql';

const fragment = graphql`
  fragment CoverageHeader_coverage on SecurityCoverage {
    id
    name
    auto_enrichment_disable
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
    objectMarking {
      id
      definition
      x_opencti_color
    }
    objectLabel {
      id
      value
      color
    }
  }
`;

function Facet({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0 }}>
      <Typography variant="caption" color="text.secondary" sx={{ textTransform: 'uppercase' }}>
        {label}
      </Typography>
      {children}
    </Box>
  );
}

/** Name, covered entity (type and link), mode, markings, labels and the current scores; `actions` on the right. */
export function CoverageHeader({
  coverageRef,
  actions,
}: {
  coverageRef: CoverageHeader_coverage$key;
  actions: ReactNode;
}) {
  const coverage = useFragment(fragment, coverageRef);
  const t = useT();
  const paths = usePaths();
  const covered = coverage.objectCovered;
  const manual = coverage.auto_enrichment_disable === true;
  return (
    <Box component="section" aria-label={t('coverage.summary')} sx={{ mb: 2 }}>
      <Breadcrumbs aria-label={t('coverage.breadcrumbs')} sx={{ mb: 1, fontSize: 13 }}>
        <Link component={RouterLink} to={paths.securityCoverages} underline="hover" color="inherit">
          {t('coverage.breadcrumbs.list')}
        </Link>
        <Typography color="text.primary" aria-current="page" sx={{ fontSize: 13 }} noWrap>
          {coverage.name}
        </Typography>
      </Breadcrumbs>
      <Box
        sx={{
          display: 'flex',
          alignItems: 'flex-start',
          gap: 2,
          flexWrap: { xs: 'wrap', md: 'nowrap' },
        }}
      >
        <Typography
          variant="h1"
          sx={{ flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere', fontSize: { xs: 22, md: 26 } }}
        >
          {coverage.name}
        </Typography>
        <Box sx={{ display: 'flex', gap: 1, flexShrink: 0, flexWrap: 'wrap' }}>{actions}</Box>
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap', mt: 1 }}>
        <Chip
          size="small"
          variant="outlined"
          color={manual ? 'default' : 'primary'}
          icon={manual ? <EditNoteIcon aria-hidden /> : <AutoModeIcon aria-hidden />}
          label={manual ? t('coverage.mode.manual') : t('coverage.mode.automated')}
        />
        {covered ? (
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, minWidth: 0 }}>
            <EntityTypeIcon
              type={covered.entity_type}
              fontSize="small"
              sx={{ color: 'text.secondary' }}
            />
            <Typography variant="body2" color="text.secondary">
              {t('coverage.covers', { type: t(`entity.${covered.entity_type}` as MessageKey) })}
            </Typography>
            <Link
              component={RouterLink}
              to={paths.entity(covered.entity_type, covered.id)}
              underline="hover"
              variant="body2"
              sx={{ overflowWrap: 'anywhere' }}
            >
              {covered.representative.main}
            </Link>
          </Box>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {t('coverage.noCoveredEntity')}
          </Typography>
        )}
      </Box>
      <Box
        sx={{ display: 'flex', alignItems: 'center', gap: 3, rowGap: 1, flexWrap: 'wrap', mt: 1.5 }}
      >
        <Facet label={t('coverage.scores')}>
          <CoverageScores metrics={coverage.coverage_information} />
        </Facet>
        <Facet label={t('coverage.markings')}>
          <MarkingChips markings={coverage.objectMarking} max={4} />
        </Facet>
        <Facet label={t('coverage.labels')}>
          <LabelChips labels={coverage.objectLabel} max={5} />
        </Facet>
      </Box>
    </Box>
  );
}
