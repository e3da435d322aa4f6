/** The Security Coverage page's Result tab and its exports. */
export const coverageResult = {} as const;
