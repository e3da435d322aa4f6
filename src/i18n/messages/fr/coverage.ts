import type { coverage as en } from '../en/coverage';

export const coverage: Record<keyof typeof en, string> = {
  'coverage.tab.overview': "Vue d'ensemble",
  'coverage.tab.result': 'Résultat',
};
