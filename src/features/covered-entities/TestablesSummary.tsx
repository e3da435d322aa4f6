import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { EmptyState } from '../../components/EmptyState';
import { useT } from '../../i18n/useT';

/** The counts ("12 attack patterns, 3 vulnerabilities") above the tables, or why there is nothing to test. */
export function TestablesSummary({
  container,
  attackPatterns,
  vulnerabilities,
  children,
}: {
  container: boolean;
  attackPatterns: number;
  vulnerabilities: number;
  children: ReactNode;
}) {
  const t = useT();
  if (attackPatterns === 0 && vulnerabilities === 0) {
    return (
      <EmptyState
        title={t('entities.testables.empty.title')}
        body={t(
          container ? 'entities.testables.empty.container' : 'entities.testables.empty.related',
        )}
      />
    );
  }
  return (
    <>
      <Typography variant="body1" sx={{ fontWeight: 500 }}>
        {t('entities.testables.summary', { attackPatterns, vulnerabilities })}
      </Typography>
      <Box sx={{ display: 'grid', gap: 3, mt: 2 }}>{children}</Box>
    </>
  );
}
