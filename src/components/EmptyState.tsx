import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** What a page shows when it has nothing to list: what this means and, where possible, what to do next. */
export function EmptyState({
  title,
  body,
  action,
  icon,
  titleAs = 'p',
}: {
  /** The title's element: `h1` when the empty state is the whole page (a 404). */
  titleAs?: 'h1' | 'h2' | 'p';
  title: string;
  body?: string;
  action?: ReactNode;
  icon?: ReactNode;
}) {
  return (
    <Box sx={{ textAlign: 'center', py: 6, px: 2, color: 'text.secondary' }}>
      {icon ? <Box sx={{ mb: 1, '& svg': { fontSize: 48 } }}>{icon}</Box> : null}
      <Typography variant="h3" component={titleAs} sx={{ color: 'text.primary', mb: 1 }}>
        {title}
      </Typography>
      {body ? <Typography variant="body2">{body}</Typography> : null}
      {action ? <Box sx={{ mt: 2 }}>{action}</Box> : null}
    </Box>
  );
}
