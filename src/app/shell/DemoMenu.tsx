import { useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Tooltip from '@mui/material/Tooltip';
import ScienceIcon from '@mui/icons-material/Science';
import type { DemoControls } from '../../config/demoControls';
import { useT } from '../../i18n/useT';

/**
 * The demo's own controls (top bar, demo mode only): the next simulation, connector health, a failing enrichment,
 * reset with confirmation.
 */
export function DemoMenu({ controls }: { controls: DemoControls }) {
  const t = useT();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [confirming, setConfirming] = useState(false);
  const online = controls.isConnectorOnline();
  const run = (action: () => void) => {
    setAnchor(null);
    action();
  };
  return (
    <>
      <Tooltip title={t('demo.menu')}>
        <IconButton
          aria-label={t('demo.menu')}
          aria-haspopup="menu"
          aria-expanded={anchor ? true : undefined}
          onClick={(event) => setAnchor(event.currentTarget)}
        >
          <ScienceIcon />
        </IconButton>
      </Tooltip>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => run(() => controls.runNextSimulation())}>
          {t('demo.runNextSimulation')}
        </MenuItem>
        <MenuItem onClick={() => run(() => controls.setConnectorOnline(!online))}>
          {online ? t('demo.connectorOffline') : t('demo.connectorOnline')}
        </MenuItem>
        <MenuItem onClick={() => run(() => controls.failNextEnrichment())}>
          {t('demo.failNextEnrichment')}
        </MenuItem>
        <MenuItem onClick={() => run(() => setConfirming(true))}>{t('demo.reset')}</MenuItem>
      </Menu>
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        aria-labelledby="demo-reset-title"
        aria-describedby="demo-reset-body"
      >
        <DialogTitle id="demo-reset-title">{t('demo.resetTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText id="demo-reset-body">{t('demo.resetBody')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)}>{t('common.cancel')}</Button>
          <Button
            color="error"
            variant="contained"
            onClick={() => {
              setConfirming(false);
              controls.reset();
            }}
          >
            {t('demo.reset')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
