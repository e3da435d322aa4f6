import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import DarkModeIcon from '@mui/icons-material/DarkMode';
import LightModeIcon from '@mui/icons-material/LightMode';
import PersonIcon from '@mui/icons-material/Person';
import ShieldIcon from '@mui/icons-material/Shield';
import { useAppConfig } from '../../config/useAppConfig';
import { useDemoControls } from '../../config/demoControls';
import { DemoMenu } from './DemoMenu';
import { useThemeMode } from '../useThemeMode';
import { displayHost } from '../../config/appConfig';
import { clearConnection, readConnection } from '../../config/credentials';
import { usePaths } from '../../config/useAppConfig';
import { useNavigate } from 'react-router';
import { useRelayEnvironment } from 'react-relay';
import { forgetCachedData } from '../../relay/forgetCachedData';
import Button from '@mui/material/Button';
import { useT } from '../../i18n/useT';
import { useLocale, type Locale } from '../../i18n/useLocale';

/** The top bar: product name, the backend this session talks to (Demo, or Live and the host), the user. */
export function AppTopBar({
  userName,
  capabilities,
}: {
  userName: string;
  capabilities: readonly string[];
}) {
  const t = useT();
  const config = useAppConfig();
  const paths = usePaths();
  const navigate = useNavigate();
  const environment = useRelayEnvironment();
  const demo = useDemoControls();
  const { mode, toggle } = useThemeMode();
  const { locale, setLocale } = useLocale();
  const readOnly = !capabilities.some((c) => c === 'BYPASS' || c.startsWith('KNOWLEDGE_KNUPDATE'));
  const modeLabel =
    config.mode === 'demo'
      ? t('mode.demo')
      : t('mode.live', {
          host: displayHost(
            readConnection().url ?? config.graphqlUrl,
            globalThis.location?.origin ?? 'http://localhost',
          ),
        });
  return (
    <AppBar
      position="fixed"
      color="inherit"
      elevation={0}
      sx={{ borderBottom: 1, borderColor: 'divider', zIndex: (theme) => theme.zIndex.drawer + 1 }}
    >
      <Toolbar sx={{ gap: 2 }}>
        <ShieldIcon color="primary" aria-hidden />
        <Typography variant="h6" component="p" sx={{ fontWeight: 600 }}>
          {t('app.title')}
        </Typography>
        <Chip
          size="small"
          color={config.mode === 'demo' ? 'secondary' : 'primary'}
          variant="outlined"
          label={modeLabel}
        />
        <Box sx={{ flexGrow: 1 }} />
        {/* Builds without the demo (production) leave the menu's code out. */}
        {__DEMO__ && demo && config.mode === 'demo' ? <DemoMenu controls={demo} /> : null}
        <TextField
          select
          size="small"
          label={t('language.label')}
          value={locale}
          onChange={(event) => setLocale(event.target.value as Locale)}
          sx={{ width: 120 }}
        >
          <MenuItem value="en">English</MenuItem>
          <MenuItem value="fr">Français</MenuItem>
        </TextField>
        <Tooltip title={mode === 'dark' ? t('theme.toLight') : t('theme.toDark')}>
          <IconButton
            onClick={toggle}
            aria-label={mode === 'dark' ? t('theme.toLight') : t('theme.toDark')}
          >
            {mode === 'dark' ? <LightModeIcon /> : <DarkModeIcon />}
          </IconButton>
        </Tooltip>
        <Box
          sx={{ display: 'flex', alignItems: 'center', gap: 1 }}
          aria-label={t('user.signedInAs', { name: userName })}
          role="status"
        >
          <PersonIcon fontSize="small" aria-hidden />
          <Typography variant="body2">{userName}</Typography>
          {readOnly ? <Chip size="small" label={t('user.readOnly')} /> : null}
        </Box>
        {config.mode === 'live' ? (
          <Button
            color="inherit"
            size="small"
            onClick={() => {
              clearConnection();
              forgetCachedData(environment);
              void navigate(paths.connection);
            }}
          >
            {t('connection.signOut')}
          </Button>
        ) : null}
      </Toolbar>
    </AppBar>
  );
}
