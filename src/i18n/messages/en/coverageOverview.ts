/** The Security Coverage page's Overview tab. */
export const coverageOverview = {} as const;
