import Box from '@mui/material/Box';
import type { ReactNode } from 'react';

/** Text cut to a few lines with an ellipsis; the whole text stays in the title and in the accessibility tree. */
export function ClampedText({
  children,
  lines = 2,
  title,
}: {
  children: ReactNode;
  lines?: number;
  title?: string;
}) {
  return (
    <Box
      component="span"
      title={title}
      sx={{
        display: '-webkit-box',
        WebkitLineClamp: lines,
        WebkitBoxOrient: 'vertical',
        overflow: 'hidden',
        wordBreak: 'break-word',
      }}
    >
      {children}
    </Box>
  );
}
