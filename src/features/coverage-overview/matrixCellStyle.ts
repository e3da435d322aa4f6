import { alpha, type Theme } from '@mui/material/styles';
import type { ScoreLevel } from '../../lib/scores';

/** How a matrix cell looks: scored (its band's colour), placeholder (hatched, dashed), untested or unscored (plain). */
export type CellLook = ScoreLevel | 'placeholder' | 'untested' | 'unscored';

/** Colours from the theme palette only; the placeholder pattern keeps it apart without relying on colour. */
export function cellStyle(look: CellLook, theme: Theme) {
  const base = {
    borderRadius: `${theme.shape.borderRadius}px`,
    border: `1px solid ${theme.palette.divider}`,
    color: theme.palette.text.primary,
    backgroundColor: 'transparent',
    backgroundImage: 'none',
  };
  if (look === 'placeholder')
    return {
      ...base,
      border: `1px dashed ${theme.palette.text.secondary}`,
      backgroundImage: `repeating-linear-gradient(135deg, transparent 0 6px, ${alpha(
        theme.palette.text.secondary,
        0.22,
      )} 6px 8px)`,
    };
  if (look === 'untested' || look === 'unscored')
    return { ...base, color: theme.palette.text.secondary };
  const main = theme.palette[look].main;
  return {
    ...base,
    border: `1px solid ${alpha(main, 0.6)}`,
    borderLeft: `4px solid ${main}`,
    backgroundColor: alpha(main, theme.palette.mode === 'dark' ? 0.2 : 0.12),
  };
}
