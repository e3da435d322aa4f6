export interface DistributionEntry {
  label: string;
  value?: number | null;
}

export interface TestedCount {
  /** The entity type, as OpenCTI names it (Attack-Pattern, Vulnerability…). */
  type: string;
  tested: number;
  placeholders: number;
  total: number;
}

/**
 * Per entity type, how many tested entities have scores and how many are placeholders (in a result without any
 * score), from the distribution of all `has-covered` targets and of those with coverage information. Types in
 * alphabetical order; a null value counts as 0 and a tested count never exceeds the total.
 */
export function testedCounts(
  all: readonly (DistributionEntry | null | undefined)[] | null | undefined,
  tested: readonly (DistributionEntry | null | undefined)[] | null | undefined,
): TestedCount[] {
  const testedMap = new Map<string, number>();
  for (const entry of tested ?? []) if (entry) testedMap.set(entry.label, entry.value ?? 0);
  const totals = new Map<string, number>();
  for (const entry of all ?? []) if (entry) totals.set(entry.label, entry.value ?? 0);
  for (const [label, value] of testedMap) if (!totals.has(label)) totals.set(label, value);
  return [...totals.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, total]) => {
      const t = Math.min(testedMap.get(type) ?? 0, total);
      return { type, tested: t, placeholders: total - t, total };
    });
}
