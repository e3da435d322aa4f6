import type { ReactNode } from 'react';
import { styled } from '@mui/material/styles';

/** Static styles: clamped texts repeat in every row of long tables. */
const Clamped = styled('span')({
  display: '-webkit-box',
  WebkitBoxOrient: 'vertical',
  overflow: 'hidden',
  wordBreak: 'break-word',
});

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
    <Clamped title={title} style={{ WebkitLineClamp: lines }}>
      {children}
    </Clamped>
  );
}
