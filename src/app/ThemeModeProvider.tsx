import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { PaletteMode } from '@mui/material/styles';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { createAppTheme } from './theme';
import { ThemeModeContext } from './useThemeMode';

const STORAGE_KEY = 'sc-theme';

function initialMode(): PaletteMode {
  return globalThis.localStorage?.getItem(STORAGE_KEY) === 'light' ? 'light' : 'dark';
}

/** Holds the light/dark choice (remembered on this device) and provides the matching MUI theme. */
export function ThemeModeProvider({ children }: { children: ReactNode }) {
  const [mode, setMode] = useState<PaletteMode>(initialMode);
  const toggle = useCallback(() => {
    setMode((current) => {
      const next = current === 'dark' ? 'light' : 'dark';
      globalThis.localStorage?.setItem(STORAGE_KEY, next);
      return next;
    });
  }, []);
  const theme = useMemo(() => createAppTheme(mode), [mode]);
  const value = useMemo(() => ({ mode, toggle }), [mode, toggle]);
  return (
    <ThemeModeContext.Provider value={value}>
      <ThemeProvider theme={theme}>
        <CssBaseline enableColorScheme />
        {children}
      </ThemeProvider>
    </ThemeModeContext.Provider>
  );
}
