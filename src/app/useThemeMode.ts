import { createContext, useContext } from 'react';
import type { PaletteMode } from '@mui/material/styles';

export const ThemeModeContext = createContext<{ mode: PaletteMode; toggle: () => void }>({
  mode: 'dark',
  toggle: () => undefined,
});

export function useThemeMode() {
  return useContext(ThemeModeContext);
}
