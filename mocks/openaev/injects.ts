import { relatedTestableEntities } from '../domain/coverageView';
import type { Store } from '../store/store';
import type {
  CoverageRecord,
  DomainRecord,
  EndpointRecord,
  InjectRecord,
  OpenAevState,
  PayloadRecord,
} from '../store/types';
import { OPENCTI_TAG } from './library';

/**
 * Endpoints a coverage's scenario targets: the asset groups the default asset rule selects for the `opencti`
 * tag, keeping the endpoints whose platform is in the coverage's `platforms_affinity`. Only the ENDPOINT type
 * affinity targets endpoints.
 */
export function selectEndpoints(state: OpenAevState, coverage: CoverageRecord): EndpointRecord[] {
  if (coverage.type_affinity && coverage.type_affinity.toUpperCase() !== 'ENDPOINT') return [];
  const groupIds = state.assetRules
    .filter((rule) => rule.tag === OPENCTI_TAG)
    .flatMap((rule) => rule.assetGroupIds);
  const endpointIds = new Set(
    state.assetGroups.filter((g) => groupIds.includes(g.id)).flatMap((g) => g.endpointIds),
  );
  const platforms = coverage.platforms_affinity.map((p) => p.toLowerCase());
  return state.endpoints.filter(
    (e) => endpointIds.has(e.id) && (platforms.length === 0 || platforms.includes(e.platform)),
  );
}

/** The reference OpenAEV reads from the bundle: MITRE id (else the name) for attack patterns, CVE id for vulnerabilities. */
export function referenceOf(target: DomainRecord): string {
  if (target.entity_type === 'Attack-Pattern') return target.x_mitre_id ?? target.name;
  return target.name;
}

/** Payloads for a target, or null when the reference is unknown to the payload library (by MITRE id or name). */
export function payloadsFor(state: OpenAevState, target: DomainRecord): PayloadRecord[] | null {
  if (target.entity_type === 'Attack-Pattern' && !target.x_mitre_id) {
    if (!state.knownNames.includes(target.name.toLowerCase())) return null;
    const matches = state.payloads.filter((p) =>
      p.name.toLowerCase().endsWith(` - ${target.name.toLowerCase()}`),
    );
    return matches.length ? matches : null;
  }
  const reference = referenceOf(target).toUpperCase();
  const matches = state.payloads.filter((p) => p.reference.toUpperCase() === reference);
  return matches.length ? matches : null;
}

function supports(payload: PayloadRecord, platform: string, architecture: string): boolean {
  return (
    payload.platforms.includes(platform) &&
    (payload.architectures.includes('all') || payload.architectures.includes(architecture))
  );
}

/**
 * OpenAEV's inject generation for a scenario built from a coverage: for every tested reference and every
 * platform × architecture found among the targeted endpoints, one inject from a matching payload, or a disabled
 * placeholder inject when none exists ("[T1234] Placeholder - linux arm64"); a reference unknown to the library
 * gets a single "[T1234] Placeholder". A re-enrichment rebuilds the list from scratch.
 */
export function buildInjects(
  store: Store,
  coverage: CoverageRecord,
): { injects: InjectRecord[]; endpointIds: string[] } {
  const state = store.openaev;
  const endpoints = selectEndpoints(state, coverage);
  const combos = [...new Map(endpoints.map((e) => [`${e.platform} ${e.architecture}`, e])).values()]
    .map((e) => ({ platform: e.platform, architecture: e.architecture }))
    .sort((a, b) =>
      `${a.platform} ${a.architecture}`.localeCompare(`${b.platform} ${b.architecture}`),
    );
  const targets = relatedTestableEntities(store, coverage.objectCovered, [
    'Attack-Pattern',
    'Vulnerability',
  ]);
  const injects: InjectRecord[] = [];
  for (const target of targets) {
    const label = referenceOf(target);
    const expectations: InjectRecord['expectations'] =
      target.entity_type === 'Vulnerability' ? ['VULNERABILITY'] : ['PREVENTION', 'DETECTION'];
    const payloads = payloadsFor(state, target);
    if (!payloads || combos.length === 0) {
      injects.push({
        title: `[${label}] Placeholder`,
        targetId: target.id,
        platform: null,
        architecture: null,
        placeholder: true,
        expectations,
      });
      continue;
    }
    for (const combo of combos) {
      const payload = payloads.find((p) => supports(p, combo.platform, combo.architecture));
      injects.push({
        title: payload
          ? `[${label}] ${payload.name} - ${combo.platform} ${combo.architecture}`
          : `[${label}] Placeholder - ${combo.platform} ${combo.architecture}`,
        targetId: target.id,
        platform: combo.platform,
        architecture: combo.architecture,
        placeholder: !payload,
        expectations,
      });
    }
  }
  return { injects, endpointIds: endpoints.map((e) => e.id) };
}
