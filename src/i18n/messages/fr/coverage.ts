import type { coverage as en } from '../en/coverage';

export const coverage: Record<keyof typeof en, string> = {};
