import { DAY } from '../clock';
import { domainDefaults, standardId } from '../domain/records';
import type { Store } from '../store/store';
import type { AttackPatternRecord, VulnerabilityRecord } from '../store/types';
import { CVES } from './cves';
import { attackPatternId, SEED, seedId, vulnerabilityId } from './ids';
import { markingId, ORGS, phaseId } from './meta';
import { TECHNIQUES } from './techniques';

/** Shared helpers of the knowledge seed, and the attack patterns and vulnerabilities. */
export const ADMIN = SEED.users.admin;
export const LOLBINS_PATTERN = seedId('attack-pattern:custom-lolbins');

export const ap = attackPatternId;
export const cve = vulnerabilityId;

export function seedBase(
  key: string,
  type: Parameters<typeof standardId>[0],
  identity: string,
  now: number,
  daysAgo: number,
  extra: Parameters<typeof domainDefaults>[4] = {},
) {
  return domainDefaults(seedId(key), standardId(type, identity), now - daysAgo * DAY, ADMIN, extra);
}

export function seedAttackPatterns(store: Store, now: number): void {
  for (const technique of TECHNIQUES) {
    const record: AttackPatternRecord = {
      ...domainDefaults(
        ap(technique.id),
        standardId('Attack-Pattern', technique.id),
        now - 360 * DAY,
        ADMIN,
        {
          createdBy: ORGS.mitre,
          objectMarking: [markingId('TLP:CLEAR')],
          created: '2017-05-31T21:30:00.000Z',
          modified: '2025-04-15T19:58:00.000Z',
        },
      ),
      entity_type: 'Attack-Pattern',
      name: technique.name,
      description: technique.description,
      aliases: [],
      x_mitre_id: technique.id,
      x_mitre_platforms: [...technique.platforms],
      x_mitre_permissions_required: [],
      x_mitre_detection: null,
      killChainPhases: technique.tactics.map(phaseId),
      isSubAttackPattern: technique.id.includes('.'),
    };
    store.add(record);
  }
  // An analyst-made pattern without an ATT&CK id: OpenAEV looks it up by name and does not know it.
  store.add({
    ...domainDefaults(
      LOLBINS_PATTERN,
      standardId('Attack-Pattern', 'lolbins-abuse'),
      now - 90 * DAY,
      ADMIN,
      {
        createdBy: ORGS.contoso,
        objectMarking: [markingId('TLP:AMBER')],
      },
    ),
    entity_type: 'Attack-Pattern',
    name: 'Living-off-the-land binaries (LOLBins) abuse',
    description:
      'Chaining built-in administration tools (`netsh`, `wmic`, `ntdsutil`, `certutil`) so that no malware touches the disk.',
    aliases: ['LOTL'],
    x_mitre_id: null,
    x_mitre_platforms: ['Windows'],
    x_mitre_permissions_required: [],
    x_mitre_detection: null,
    killChainPhases: [phaseId('defense-evasion')],
    isSubAttackPattern: false,
  });
}

export function seedVulnerabilities(store: Store, now: number): void {
  for (const fact of CVES) {
    const record: VulnerabilityRecord = {
      ...domainDefaults(
        cve(fact.id),
        standardId('Vulnerability', fact.id),
        now - 300 * DAY,
        ADMIN,
        {
          createdBy: ORGS.cisa,
          objectMarking: [markingId('TLP:CLEAR')],
        },
      ),
      entity_type: 'Vulnerability',
      name: fact.id,
      description: `**${fact.title}.** ${fact.description}`,
      x_opencti_aliases: [fact.title],
      x_opencti_cvss_vector_string: fact.vector,
      x_opencti_cvss_base_score: fact.score,
      x_opencti_cvss_base_severity: fact.severity,
      x_opencti_cvss_attack_vector: fact.vector.includes('AV:N') ? 'NETWORK' : 'LOCAL',
      x_opencti_cwe: [...fact.cwe],
      x_opencti_cisa_kev: fact.kev,
      x_opencti_epss_score: fact.epss,
      x_opencti_epss_percentile: fact.epssPercentile,
      x_opencti_score: Math.round(fact.score * 10),
      x_opencti_first_seen_active: null,
    };
    store.add(record);
  }
}
