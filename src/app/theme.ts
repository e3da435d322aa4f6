import { createTheme, type PaletteMode, type Theme } from '@mui/material/styles';

/**
 * The console's theme. Dark by default, like OpenCTI. This file is the only place where colours are written as
 * values; components use palette tokens (`success.main` for a good score, `error.main` for a bad one, …).
 */
export function createAppTheme(mode: PaletteMode): Theme {
  const dark = mode === 'dark';
  return createTheme({
    palette: {
      mode,
      // Text on coloured buttons and chips meets WCAG AA (4.5:1): MUI then picks dark text where white would fail.
      contrastThreshold: 4.5,
      primary: { main: dark ? '#0fbcff' : '#001bda' },
      secondary: { main: dark ? '#00f1bd' : '#0c7e69' },
      success: { main: dark ? '#4caf50' : '#2e7d32' },
      warning: { main: dark ? '#ff9800' : '#9a5100' },
      error: { main: dark ? '#f44336' : '#c62828' },
      background: dark
        ? { default: '#070d19', paper: '#09101e' }
        : { default: '#f8f8f8', paper: '#ffffff' },
      divider: dark ? 'rgba(255, 255, 255, 0.12)' : 'rgba(0, 0, 0, 0.12)',
    },
    shape: { borderRadius: 4 },
    typography: {
      fontFamily: '"IBM Plex Sans", "Segoe UI", Roboto, Helvetica, Arial, sans-serif',
      h1: { fontSize: '1.5rem', fontWeight: 500 },
      h2: { fontSize: '1.25rem', fontWeight: 500 },
      h3: { fontSize: '1.05rem', fontWeight: 500 },
    },
    components: {
      MuiPaper: { styleOverrides: { root: { backgroundImage: 'none' } } },
      MuiButton: {
        defaultProps: { disableElevation: true },
        styleOverrides: { root: { textTransform: 'none' } },
      },
      MuiTooltip: { defaultProps: { arrow: true } },
    },
  });
}
