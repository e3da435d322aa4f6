/** The Security Coverage page (header, Overview, Result). */
export const coverage = {} as const;
