/** The Security Coverage page: header, actions, tabs, Update drawer. */
export const coverage = {
  'coverage.tab.overview': 'Overview',
  'coverage.tab.result': 'Result',
} as const;
