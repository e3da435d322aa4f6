import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';

/** A skeleton shaped like a page: a title, a toolbar and rows, so the layout does not jump when data arrives. */
export function PageSkeleton({ rows = 8, label = 'Loading' }: { rows?: number; label?: string }) {
  return (
    <Box aria-busy="true" aria-label={label} role="progressbar" sx={{ py: 1 }}>
      <Skeleton variant="text" width="30%" height={40} />
      <Skeleton variant="rounded" height={40} sx={{ my: 2 }} />
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} variant="rounded" height={36} sx={{ mb: 1 }} />
      ))}
    </Box>
  );
}
