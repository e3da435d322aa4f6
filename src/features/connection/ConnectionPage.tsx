import { useRef, useState, type FormEvent } from 'react';
import { useRelayEnvironment } from 'react-relay';
import { forgetCachedData } from '../../relay/forgetCachedData';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import VisibilityIcon from '@mui/icons-material/Visibility';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOff';
import { absoluteUrl } from '../../config/appConfig';
import {
  clearConnection,
  graphqlEndpoint,
  isRemembered,
  readConnection,
  saveConnection,
} from '../../config/credentials';
import { useAppConfig } from '../../config/useAppConfig';
import { useT } from '../../i18n/useT';
import { checkBaseUrl } from '../../lib/connectionCheck';
import { ConnectionResultView } from './ConnectionResultView';
import { testConnection, type ConnectionResult } from './testConnection';

/**
 * Live mode's Connection page: the OpenCTI URL and an API token, "Test connection" that says what works and what
 * does not, then "Connect". The token stays in this tab (sessionStorage) unless "remember on this device" is ticked.
 */
export function ConnectionPage({ onConnected }: { onConnected: () => void }) {
  const t = useT();
  const config = useAppConfig();
  const environment = useRelayEnvironment();
  const saved = readConnection();
  const [url, setUrl] = useState(saved.url ?? '');
  const [token, setToken] = useState(saved.token ?? '');
  const [remember, setRemember] = useState(isRemembered());
  const [showToken, setShowToken] = useState(false);
  const [result, setResult] = useState<ConnectionResult | null>(null);
  const [testing, setTesting] = useState(false);
  const [signedIn, setSignedIn] = useState(saved.token !== null || saved.url !== null);
  const running = useRef(false);
  const urlCheck = checkBaseUrl(url);

  const endpoint = () =>
    absoluteUrl(
      urlCheck === 'ok' ? graphqlEndpoint(url.trim()) : config.graphqlUrl,
      window.location.origin,
    );

  const runTest = async (): Promise<ConnectionResult | null> => {
    if (urlCheck === 'badUrl' || running.current) return null;
    running.current = true;
    setTesting(true);
    setResult(null);
    try {
      const outcome = await testConnection(endpoint(), token.trim() || null);
      setResult(outcome);
      return outcome;
    } finally {
      running.current = false;
      setTesting(false);
    }
  };

  const connect = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await runTest();
    if (!outcome?.ok) return;
    saveConnection(
      { url: urlCheck === 'ok' ? url.trim() : null, token: token.trim() || null },
      remember,
    );
    // Another server (or user) from now on: nothing read before applies, and its API generation is probed anew.
    forgetCachedData(environment);
    onConnected();
  };

  const signOut = () => {
    clearConnection();
    forgetCachedData(environment);
    setToken('');
    setUrl('');
    setResult(null);
    setSignedIn(false);
  };

  if (config.mode === 'demo') {
    return (
      <Box sx={{ maxWidth: 640, mx: 'auto', p: 3 }}>
        <Typography variant="h1" sx={{ mb: 2 }}>
          {t('connection.title')}
        </Typography>
        <Alert severity="info">{t('connection.demo')}</Alert>
      </Box>
    );
  }

  return (
    <Box sx={{ maxWidth: 640, mx: 'auto', p: 3 }}>
      <Typography variant="h1" sx={{ mb: 1 }}>
        {t('connection.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
        {t('connection.intro')}
      </Typography>
      <Paper component="form" noValidate onSubmit={connect} sx={{ p: 3, display: 'grid', gap: 2 }}>
        <TextField
          label={t('connection.url')}
          value={url}
          onChange={(event) => setUrl(event.target.value)}
          placeholder="https://opencti.example.org"
          error={urlCheck === 'badUrl'}
          helperText={
            urlCheck === 'badUrl'
              ? t('connection.url.invalid')
              : t('connection.url.help', { endpoint: config.graphqlUrl })
          }
          slotProps={{ htmlInput: { inputMode: 'url' } }}
        />
        <TextField
          label={t('connection.token')}
          value={token}
          type={showToken ? 'text' : 'password'}
          autoComplete="off"
          onChange={(event) => setToken(event.target.value)}
          helperText={t('connection.token.help')}
          slotProps={{
            input: {
              endAdornment: (
                <InputAdornment position="end">
                  <IconButton
                    aria-label={showToken ? t('connection.token.hide') : t('connection.token.show')}
                    onClick={() => setShowToken((shown) => !shown)}
                    edge="end"
                  >
                    {showToken ? <VisibilityOffIcon /> : <VisibilityIcon />}
                  </IconButton>
                </InputAdornment>
              ),
            },
          }}
        />
        <FormControlLabel
          control={
            <Checkbox checked={remember} onChange={(event) => setRemember(event.target.checked)} />
          }
          label={t('connection.remember')}
        />
        {remember ? (
          <Alert severity="warning" variant="outlined">
            {t('connection.remember.warning')}
          </Alert>
        ) : null}
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          <Button
            variant="outlined"
            onClick={() => void runTest()}
            disabled={testing || urlCheck === 'badUrl'}
          >
            {t('connection.test')}
          </Button>
          <Button type="submit" variant="contained" disabled={testing || urlCheck === 'badUrl'}>
            {t('connection.connect')}
          </Button>
          <Box sx={{ flexGrow: 1 }} />
          {signedIn ? (
            <Button color="inherit" onClick={signOut}>
              {t('connection.signOut')}
            </Button>
          ) : null}
        </Box>
        {testing ? (
          <Alert severity="info" role="status">
            <AlertTitle>{t('connection.testing')}</AlertTitle>
          </Alert>
        ) : null}
        {result ? <ConnectionResultView result={result} /> : null}
      </Paper>
    </Box>
  );
}
