import type { coverageResult as en } from '../en/coverageResult';

export const coverageResult: Record<keyof typeof en, string> = {};
