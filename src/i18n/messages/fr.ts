import type { MessageKey } from './en';
import { common } from './fr/common';
import { entities } from './fr/entities';
import { coverageList } from './fr/coverageList';
import { creation } from './fr/creation';
import { coverage } from './fr/coverage';
import { coverageOverview } from './fr/coverageOverview';
import { coverageResult } from './fr/coverageResult';
import { enrichment } from './fr/enrichment';
import { connection } from './fr/connection';

/** French catalog, one file per area under fr/, each typed on its English twin. */
export const fr: Record<MessageKey, string> = {
  ...common,
  ...entities,
  ...coverageList,
  ...creation,
  ...coverage,
  ...coverageOverview,
  ...coverageResult,
  ...enrichment,
  ...connection,
};
