import type { coverageOverview as en } from '../en/coverageOverview';

export const coverageOverview: Record<keyof typeof en, string> = {};
