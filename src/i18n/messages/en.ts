import { common } from './en/common';
import { entities } from './en/entities';
import { coverageList } from './en/coverageList';
import { creation } from './en/creation';
import { coverage } from './en/coverage';
import { coverageOverview } from './en/coverageOverview';
import { coverageResult } from './en/coverageResult';
import { enrichment } from './en/enrichment';
import { connection } from './en/connection';

/**
 * English catalog: the source of every visible string, one file per area under en/. French (fr.ts) must hold
 * exactly the same keys.
 */
export const en = {
  ...common,
  ...entities,
  ...coverageList,
  ...creation,
  ...coverage,
  ...coverageOverview,
  ...coverageResult,
  ...enrichment,
  ...connection,
} as const;

export type MessageKey = keyof typeof en;
