import { createTheme } from '@mui/material/styles';

/**
 * The host console's own look: light, with its own primary colour, which the embedded pages take on. The embedded
 * pages title pages, sections and cards with the h1, h2 and h3 variants, so a console sizes them as its own.
 */
export const hostTheme = createTheme({
  palette: {
    mode: 'light',
    primary: { main: '#6a1b9a' },
    secondary: { main: '#00838f' },
    background: { default: '#f4f2f7' },
  },
  shape: { borderRadius: 6 },
  typography: {
    h1: { fontSize: '1.75rem', fontWeight: 500 },
    h2: { fontSize: '1.3rem', fontWeight: 500 },
    h3: { fontSize: '1.1rem', fontWeight: 500 },
    h4: { fontSize: '1.75rem', fontWeight: 500 },
    h5: { fontSize: '1.3rem', fontWeight: 500 },
  },
});
