import { uuidFrom } from '../store/hash';

/** Stable ids of seeded objects: the same key always gives the same UUID, whatever the clock. */
export function seedId(key: string): string {
  return uuidFrom(`seed:${key}`);
}

/** Ids useful to tests and to the demo script. */
export const SEED = {
  users: {
    admin: seedId('user:admin'),
    readonly: seedId('user:readonly'),
    openaev: seedId('user:openaev-connector'),
  },
  connectors: {
    openaev: seedId('connector:openaev-emea'),
    openaevApac: seedId('connector:openaev-apac'),
    mitre: seedId('connector:mitre'),
    cisaKev: seedId('connector:cisa-kev'),
    shodan: seedId('connector:shodan'),
  },
  reports: {
    voltTyphoonAdvisory: seedId('report:volt-typhoon-aa24-038a'),
    midnightBlizzardGuidance: seedId('report:midnight-blizzard-guidance'),
    blackBastaAdvisory: seedId('report:black-basta-aa24-131a'),
    clopMoveitAdvisory: seedId('report:clop-moveit-aa23-158a'),
  },
  groupings: {
    edgeZeroDays: seedId('grouping:edge-zero-days-2024'),
    phishingTriage: seedId('grouping:phishing-triage-w48'),
  },
  campaigns: {
    solarWinds: seedId('campaign:solarwinds'),
    moveit: seedId('campaign:moveit'),
    passwordSpray: seedId('campaign:midnight-blizzard-password-spray'),
  },
  intrusionSets: {
    apt29: seedId('intrusion-set:apt29'),
    fin7: seedId('intrusion-set:fin7'),
    voltTyphoon: seedId('intrusion-set:volt-typhoon'),
  },
  incidents: {
    ivantiAppliance: seedId('incident:ivanti-appliance'),
    hospitalRansomware: seedId('incident:hospital-ransomware'),
    lostLaptop: seedId('incident:lost-laptop'),
  },
  caseIncidents: {
    akira: seedId('case-incident:akira-lyon'),
    bec: seedId('case-incident:bec-treasury'),
  },
  coverages: {
    fresh: seedId('coverage:fin7'),
    placeholders: seedId('coverage:volt-typhoon-advisory'),
    outdated: seedId('coverage:solarwinds'),
    provisioning: seedId('coverage:moveit'),
    failed: seedId('coverage:ivanti-appliance'),
    manualDetection: seedId('coverage:edge-zero-days'),
    manualFull: seedId('coverage:akira-lyon'),
    twoTenants: seedId('coverage:apt29'),
  },
  /** The scale seed's coverage with 5,000 tested entities. */
  scaleCoverage: seedId('coverage:scale-5000'),
} as const;

export function attackPatternId(mitreId: string): string {
  return seedId(`attack-pattern:${mitreId}`);
}

export function vulnerabilityId(cve: string): string {
  return seedId(`vulnerability:${cve}`);
}
