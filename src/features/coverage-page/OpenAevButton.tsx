import { useId, useState } from 'react';
import { graphql, useFragment } from 'react-relay';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { isProvisioning, openAevLinks } from '../../lib/coverageStatus';
import type { CoverageResultEntry } from '../../lib/coverageResults';
import { useT } from '../../i18n/useT';
import type { OpenAevButton_coverage$key } from './__generated__/OpenAevButton_coverage.graphql';

const fragment = graphql`
  fragment OpenAevButton_coverage on SecurityCoverage {
    auto_enrichment_disable
    jobs(first: 100) {
      id
      status
    }
  }
`;

const EXTERNAL = { target: '_blank', rel: 'noopener noreferrer' } as const;

/**
 * "Open OpenAEV" for automated coverages: one result link opens it in a new tab; several let the analyst choose
 * the instance. A disabled "Provisioning" state only while an enrichment runs and no result exists yet; nothing
 * at all otherwise (and never for manual coverages).
 */
export function OpenAevButton({
  coverageRef,
  results,
}: {
  coverageRef: OpenAevButton_coverage$key;
  results: readonly CoverageResultEntry[];
}) {
  const coverage = useFragment(fragment, coverageRef);
  const t = useT();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const automated = coverage.auto_enrichment_disable !== true;
  if (!automated) return null;
  const links = openAevLinks(results);
  const [first] = links;

  if (!first) {
    if (!isProvisioning(automated, coverage.jobs, results)) return null;
    return (
      <Button
        variant="outlined"
        disabled
        startIcon={<CircularProgress size={14} color="inherit" aria-hidden />}
      >
        {t('coverage.openaev.provisioning')}
      </Button>
    );
  }
  if (links.length === 1) {
    return (
      <Button
        variant="outlined"
        href={first.url}
        {...EXTERNAL}
        endIcon={<OpenInNewIcon aria-hidden />}
        title={first.url}
        aria-label={t('coverage.openaev.openNewTab')}
      >
        {t('coverage.openaev.open')}
      </Button>
    );
  }
  return (
    <>
      <Button
        variant="outlined"
        endIcon={<OpenInNewIcon aria-hidden />}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? menuId : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {t('coverage.openaev.open')}
      </Button>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        slotProps={{ list: { 'aria-label': t('coverage.openaev.choose') } }}
      >
        {links.map((link) => (
          <MenuItem
            key={link.id}
            component="a"
            href={link.url}
            {...EXTERNAL}
            onClick={() => setAnchor(null)}
          >
            <ListItemText
              primary={link.name}
              secondary={link.url}
              slotProps={{ secondary: { sx: { overflowWrap: 'anywhere' } } }}
            />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
