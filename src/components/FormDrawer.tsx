import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import CloseIcon from '@mui/icons-material/Close';

interface Props {
  /** The heading's id: the drawer (a modal dialog) is labelled by it. */
  titleId: string;
  title: string;
  closeLabel: string;
  onClose: () => void;
  /** The × button is disabled while something is being sent. */
  closeDisabled?: boolean;
  /** The paper's width from the md breakpoint (full width below). */
  width: number;
  children: ReactNode;
}

/** A right-hand drawer holding a form: a modal dialog named by its heading, with a close button. */
export function FormDrawer({
  titleId,
  title,
  closeLabel,
  onClose,
  closeDisabled,
  width,
  children,
}: Props) {
  return (
    <Drawer
      anchor="right"
      open
      onClose={onClose}
      sx={{ zIndex: (theme) => theme.zIndex.modal }}
      slotProps={{
        paper: {
          role: 'dialog',
          'aria-modal': true,
          'aria-labelledby': titleId,
          sx: { width: { xs: '100%', md: width } },
        },
      }}
    >
      <Box
        sx={{
          display: 'flex',
          alignItems: 'center',
          px: 3,
          py: 2,
          borderBottom: 1,
          borderColor: 'divider',
        }}
      >
        <Typography id={titleId} variant="h2" component="h2" sx={{ flexGrow: 1 }}>
          {title}
        </Typography>
        <IconButton onClick={onClose} aria-label={closeLabel} disabled={closeDisabled}>
          <CloseIcon />
        </IconButton>
      </Box>
      {children}
    </Drawer>
  );
}
