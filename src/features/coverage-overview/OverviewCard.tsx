import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';

/** A titled section of the Overview: an outlined paper labelled by its heading, with optional actions and hint. */
export function OverviewCard({
  id,
  title,
  hint,
  actions,
  children,
}: {
  id: string;
  title: string;
  hint?: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={id}
      sx={{ p: 2, height: '100%', display: 'flex', flexDirection: 'column' }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1, flexWrap: 'wrap' }}>
        <Typography id={id} variant="h2">
          {title}
        </Typography>
        {hint ? (
          <Tooltip title={hint}>
            <InfoOutlinedIcon
              tabIndex={0}
              titleAccess={hint}
              fontSize="small"
              sx={{ color: 'primary.main' }}
            />
          </Tooltip>
        ) : null}
        <Box sx={{ flexGrow: 1 }} />
        {actions}
      </Box>
      <Box sx={{ flexGrow: 1 }}>{children}</Box>
    </Paper>
  );
}
