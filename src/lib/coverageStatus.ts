import { isSafeHttpUrl } from './validation';

/** The work statuses OpenCTI reports for a connector job (`Work.status`). */
export type WorkStatus = 'wait' | 'progress' | 'complete' | string;

interface JobLike {
  readonly status: WorkStatus;
}
interface ResultLike {
  readonly id: string;
  readonly name?: string | null;
  readonly external_uri?: string | null;
  readonly coverage_last_result?: string | null;
}

/** A connector work still queued or running: OpenAEV has not finished with the coverage. */
export function isEnrichmentInProgress(
  jobs: readonly (JobLike | null | undefined)[] | null | undefined,
): boolean {
  return (jobs ?? []).some((job) => job?.status === 'wait' || job?.status === 'progress');
}

export interface OpenAevLink {
  id: string;
  name: string;
  url: string;
}

/** One link per result whose `external_uri` is an http(s) URL; anything else never becomes a link. */
export function openAevLinks(results: readonly ResultLike[] | null | undefined): OpenAevLink[] {
  const links: OpenAevLink[] = [];
  for (const result of results ?? []) {
    const uri = result.external_uri?.trim();
    if (isSafeHttpUrl(uri) && !links.some((link) => link.url === uri)) {
      links.push({ id: result.id, name: result.name ?? uri, url: uri });
    }
  }
  return links;
}

/**
 * "Provisioning OpenAEV" only while an enrichment is really running and no result exists yet; never for a manual
 * coverage (OpenCTI showed it for ever on manual coverages).
 */
export function isProvisioning(
  automated: boolean,
  jobs: readonly (JobLike | null | undefined)[] | null | undefined,
  results: readonly ResultLike[] | null | undefined,
): boolean {
  return automated && isEnrichmentInProgress(jobs) && (results ?? []).length === 0;
}

/**
 * An automated coverage is waiting for results while its enrichment runs or while one of its results has not
 * received its first simulation yet. Manual coverages never wait.
 */
export function isAwaitingResults(
  automated: boolean,
  jobs: readonly (JobLike | null | undefined)[] | null | undefined,
  results: readonly ResultLike[] | null | undefined,
): boolean {
  if (!automated) return false;
  return isEnrichmentInProgress(jobs) || (results ?? []).some((r) => !r.coverage_last_result);
}

/** The next polling delay: doubles from `initialMs`, never above `maxMs`. */
export function nextPollDelay(
  previousMs: number | null,
  initialMs = 2_000,
  maxMs = 30_000,
): number {
  if (previousMs === null) return initialMs;
  return Math.min(previousMs * 2, maxMs);
}
