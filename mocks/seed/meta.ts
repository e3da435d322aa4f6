import { DAY, iso } from '../clock';
import { domainDefaults, standardId } from '../domain/records';
import type {
  ConnectorRecord,
  KillChainPhaseRecord,
  LabelRecord,
  MarkingRecord,
  OrganizationRecord,
  SecurityPlatformRecord,
  SettingsRecord,
  UserRecord,
  VocabularyRecord,
} from '../store/types';
import { SEED, seedId } from './ids';
import { TACTICS } from './techniques';

export const ADMIN_CAPABILITIES = [
  'KNOWLEDGE',
  'KNOWLEDGE_KNUPDATE',
  'KNOWLEDGE_KNPARTICIPATE',
  'KNOWLEDGE_KNUPDATE_KNDELETE',
  'KNOWLEDGE_KNUPDATE_KNMANAGEAUTHMEMBERS',
  'KNOWLEDGE_KNUPLOAD',
  'KNOWLEDGE_KNASKIMPORT',
  'KNOWLEDGE_KNGETEXPORT',
  'KNOWLEDGE_KNGETEXPORT_KNASKEXPORT',
  'KNOWLEDGE_KNENRICHMENT',
  'EXPLORE',
  'EXPLORE_EXUPDATE',
  'MODULES',
  'MODULES_MODMANAGE',
  'SETTINGS',
  'SETTINGS_SETACCESSES',
  'SETTINGS_SETMARKINGS',
  'SETTINGS_SETLABELS',
  'SETTINGS_SETVOCABULARIES',
  'CONNECTORAPI',
];

export function seedUsers(now: number): UserRecord[] {
  const createdAt = iso(now - 400 * DAY);
  return [
    {
      id: SEED.users.admin,
      entity_type: 'User',
      role: 'admin',
      name: 'admin',
      user_email: 'admin@opencti.io',
      firstname: 'Admin',
      lastname: 'OpenCTI',
      language: 'en-us',
      theme: 'dark',
      capabilities: ADMIN_CAPABILITIES,
      created_at: createdAt,
    },
    {
      id: SEED.users.readonly,
      entity_type: 'User',
      role: 'readonly',
      name: 'Riley Reader',
      user_email: 'riley.reader@contoso.example',
      firstname: 'Riley',
      lastname: 'Reader',
      language: 'en-us',
      theme: 'dark',
      capabilities: ['KNOWLEDGE'],
      created_at: createdAt,
    },
    {
      id: SEED.users.openaev,
      entity_type: 'User',
      role: 'connector',
      name: '[C] OpenAEV Coverage',
      user_email: 'connector-openaev@opencti.io',
      firstname: null,
      lastname: null,
      language: 'en-us',
      theme: 'dark',
      capabilities: ['CONNECTORAPI', 'KNOWLEDGE', 'KNOWLEDGE_KNUPDATE'],
      created_at: createdAt,
    },
  ];
}

export function seedSettings(now: number): SettingsRecord {
  return {
    id: seedId('settings'),
    platform_title: 'OpenCTI - Security Coverage demo',
    platform_url: 'https://opencti.demo.local',
    platform_openaev_url: 'https://openaev.demo.local',
    created_at: iso(now - 400 * DAY),
    updated_at: iso(now - 30 * DAY),
  };
}

function meta(
  key: string,
  now: number,
  identity: string,
  type: 'Label' | 'Marking-Definition' | 'Kill-Chain-Phase' | 'Vocabulary',
) {
  const stamp = iso(now - 400 * DAY);
  return {
    id: seedId(key),
    standard_id: standardId(type, identity),
    created_at: stamp,
    updated_at: stamp,
    created: stamp,
    modified: stamp,
    creators: [SEED.users.admin],
    x_opencti_stix_ids: [],
  };
}

/** TLP 2.0 markings with OpenCTI's orders and colours. */
export const TLP: readonly { definition: string; order: number; color: string }[] = [
  { definition: 'TLP:CLEAR', order: 1, color: '#ffffff' },
  { definition: 'TLP:GREEN', order: 2, color: '#2e7d32' },
  { definition: 'TLP:AMBER', order: 3, color: '#d84315' },
  { definition: 'TLP:AMBER+STRICT', order: 3, color: '#d84315' },
  { definition: 'TLP:RED', order: 4, color: '#c62828' },
];

export function markingId(definition: string): string {
  return seedId(`marking:${definition}`);
}

export function seedMarkings(now: number): MarkingRecord[] {
  return TLP.map((tlp) => ({
    ...meta(`marking:${tlp.definition}`, now, `TLP|${tlp.definition}`, 'Marking-Definition'),
    entity_type: 'Marking-Definition',
    definition_type: 'TLP',
    definition: tlp.definition,
    x_opencti_order: tlp.order,
    x_opencti_color: tlp.color,
  }));
}

export const LABELS: Readonly<Record<string, string>> = {
  espionage: '#5c6bc0',
  ransomware: '#c62828',
  'financially-motivated': '#2e7d32',
  'critical-infrastructure': '#ef6c00',
  'edge-device': '#8e24aa',
  'living-off-the-land': '#00838f',
  phishing: '#f9a825',
  'soc-priority': '#ad1457',
  'purple-team': '#6a1b9a',
  cloud: '#0277bd',
};

export function labelId(value: string): string {
  return seedId(`label:${value}`);
}

export function seedLabels(now: number): LabelRecord[] {
  return Object.entries(LABELS).map(([value, color]) => ({
    ...meta(`label:${value}`, now, value, 'Label'),
    entity_type: 'Label',
    value,
    color,
  }));
}

export function phaseId(phase: string): string {
  return seedId(`kill-chain-phase:mitre-attack:${phase}`);
}

export function seedKillChainPhases(now: number): KillChainPhaseRecord[] {
  return TACTICS.map((phase, index) => ({
    ...meta(
      `kill-chain-phase:mitre-attack:${phase}`,
      now,
      `mitre-attack|${phase}`,
      'Kill-Chain-Phase',
    ),
    entity_type: 'Kill-Chain-Phase',
    kill_chain_name: 'mitre-attack',
    phase_name: phase,
    x_opencti_order: index + 1,
  }));
}

const VOCABULARIES: Readonly<Record<string, readonly [string, string | null, number | null][]>> = {
  // OpenAEV sends PREVENTION / DETECTION / VULNERABILITY; the UI compares case-insensitively.
  coverage_ov: [
    ['prevention', 'Share of simulated attacks blocked by security controls', 1],
    ['detection', 'Share of simulated attacks detected and alerted on', 2],
    ['vulnerability', 'Share of tested vulnerabilities found not exploitable', 3],
  ],
  platforms_ov: [
    ['windows', 'Microsoft Windows', null],
    ['linux', 'Linux', null],
    ['macos', 'Apple macOS', null],
    ['android', 'Android', null],
  ],
  security_platform_type_ov: [
    ['EDR', 'Endpoint detection and response', null],
    ['SIEM', 'Security information and event management', null],
    ['NDR', 'Network detection and response', null],
    ['SOAR', 'Security orchestration, automation and response', null],
  ],
  report_types_ov: [
    ['threat-report', null, null],
    ['internal-report', null, null],
  ],
  grouping_context_ov: [
    ['suspicious-activity', null, null],
    ['malware-analysis', null, null],
    ['unspecified', null, null],
  ],
  incident_severity_ov: [
    ['low', null, null],
    ['medium', null, null],
    ['high', null, null],
    ['critical', null, null],
  ],
  case_severity_ov: [
    ['low', null, null],
    ['medium', null, null],
    ['high', null, null],
    ['critical', null, null],
  ],
  case_priority_ov: [
    ['P1', null, null],
    ['P2', null, null],
    ['P3', null, null],
    ['P4', null, null],
  ],
  incident_response_types_ov: [
    ['ransomware', null, null],
    ['data-leak', null, null],
    ['ip-infringement', null, null],
  ],
};

export function seedVocabularies(now: number): VocabularyRecord[] {
  return Object.entries(VOCABULARIES).flatMap(([category, entries]) =>
    entries.map(([name, description, order]) => ({
      ...meta(`vocabulary:${category}:${name}`, now, `${category}|${name}`, 'Vocabulary'),
      entity_type: 'Vocabulary' as const,
      category,
      name,
      description,
      order,
      aliases: [],
      builtIn: true,
      is_hidden: false,
    })),
  );
}

export const ORGS = {
  mitre: seedId('identity:mitre'),
  cisa: seedId('identity:cisa'),
  microsoft: seedId('identity:microsoft-threat-intelligence'),
  mandiant: seedId('identity:mandiant'),
  certFr: seedId('identity:cert-fr'),
  contoso: seedId('identity:contoso-csirt'),
} as const;

export function seedOrganizations(now: number): OrganizationRecord[] {
  const org = (
    id: string,
    name: string,
    type: string,
    description: string,
    reliability: string,
  ): OrganizationRecord => ({
    ...domainDefaults(id, standardId('Organization', name), now - 380 * DAY, SEED.users.admin),
    entity_type: 'Organization',
    name,
    description,
    identity_class: 'organization',
    contact_information: null,
    roles: [],
    x_opencti_aliases: [],
    x_opencti_reliability: reliability,
    x_opencti_organization_type: type,
    x_opencti_score: null,
  });
  return [
    org(
      ORGS.mitre,
      'The MITRE Corporation',
      'non-profit',
      'Maintainer of the MITRE ATT&CK knowledge base.',
      'A - Completely reliable',
    ),
    org(
      ORGS.cisa,
      'CISA',
      'government',
      'U.S. Cybersecurity and Infrastructure Security Agency.',
      'A - Completely reliable',
    ),
    org(
      ORGS.microsoft,
      'Microsoft Threat Intelligence',
      'vendor',
      "Microsoft's threat intelligence and incident response teams.",
      'B - Usually reliable',
    ),
    org(
      ORGS.mandiant,
      'Mandiant',
      'vendor',
      'Incident response and threat intelligence firm (Google Cloud).',
      'B - Usually reliable',
    ),
    org(
      ORGS.certFr,
      'CERT-FR',
      'government',
      'French governmental CERT (ANSSI).',
      'A - Completely reliable',
    ),
    org(
      ORGS.contoso,
      'Contoso CSIRT',
      'csirt',
      'Our own computer security incident response team.',
      'A - Completely reliable',
    ),
  ];
}

export const PLATFORMS = {
  edr: seedId('security-platform:crowdstrike'),
  siem: seedId('security-platform:sentinel'),
  ndr: seedId('security-platform:corelight'),
  soar: seedId('security-platform:xsoar'),
} as const;

export function seedSecurityPlatforms(now: number): SecurityPlatformRecord[] {
  const platform = (
    id: string,
    name: string,
    type: string,
    description: string,
  ): SecurityPlatformRecord => ({
    ...domainDefaults(id, standardId('SecurityPlatform', name), now - 200 * DAY, SEED.users.admin, {
      createdBy: ORGS.contoso,
    }),
    entity_type: 'SecurityPlatform',
    name,
    description,
    identity_class: 'securityplatform',
    contact_information: null,
    roles: [],
    x_opencti_aliases: [],
    x_opencti_reliability: null,
    security_platform_type: type,
  });
  return [
    platform(
      PLATFORMS.edr,
      'CrowdStrike Falcon Insight XDR',
      'EDR',
      'Endpoint sensor deployed on every workstation and server; prevention policies in *block* mode.',
    ),
    platform(
      PLATFORMS.siem,
      'Microsoft Sentinel',
      'SIEM',
      'Central SIEM fed by endpoint, identity and network telemetry.',
    ),
    platform(
      PLATFORMS.ndr,
      'Corelight Open NDR',
      'NDR',
      'Network sensors on the data-centre and internet egress links.',
    ),
    platform(
      PLATFORMS.soar,
      'Cortex XSOAR',
      'SOAR',
      'Playbooks for triage and containment (not an OpenAEV collector).',
    ),
  ];
}

export function seedConnectors(now: number): ConnectorRecord[] {
  const base = (
    id: string,
    name: string,
    type: string,
    scope: string[],
    online: boolean,
    lastPing: number,
  ): ConnectorRecord => ({
    id,
    entity_type: 'Connector',
    name,
    connector_type: type,
    connector_scope: scope,
    auto: false,
    auto_update: false,
    only_contextual: false,
    playbook_compatible: false,
    enrichment_resolution: type === 'INTERNAL_ENRICHMENT' ? 'stix_bundle' : null,
    built_in: false,
    is_managed: false,
    connector_user_id: SEED.users.admin,
    connector_state: null,
    created_at: iso(now - 300 * DAY),
    updated_at: iso(lastPing),
    online,
    tenant: null,
  });
  return [
    // The OpenAEV tenants register as "OpenAEV Coverage" connectors (auto + auto_update, API listen mode).
    {
      ...base(
        SEED.connectors.openaev,
        'OpenAEV Coverage',
        'INTERNAL_ENRICHMENT',
        ['security-coverage'],
        true,
        now,
      ),
      auto: true,
      auto_update: true,
      connector_user_id: SEED.users.openaev,
      tenant: { id: 'emea', name: 'EMEA', baseUrl: 'https://openaev.demo.local' },
    },
    // A second tenant, decommissioned two days ago: inactive by default, its last heartbeat is stale.
    {
      ...base(
        SEED.connectors.openaevApac,
        'OpenAEV Coverage - apac',
        'INTERNAL_ENRICHMENT',
        ['security-coverage'],
        true,
        now,
      ),
      auto: true,
      auto_update: true,
      connector_user_id: SEED.users.openaev,
      tenant: { id: 'apac', name: 'APAC', baseUrl: 'https://apac.openaev.demo.local' },
    },
    base(
      SEED.connectors.mitre,
      'MITRE ATT&CK',
      'EXTERNAL_IMPORT',
      ['attack-pattern', 'course-of-action', 'intrusion-set', 'malware', 'tool'],
      true,
      now - 40_000,
    ),
    base(
      SEED.connectors.cisaKev,
      'CISA Known Exploited Vulnerabilities',
      'EXTERNAL_IMPORT',
      ['vulnerability'],
      true,
      now - 90_000,
    ),
    base(
      SEED.connectors.shodan,
      'Shodan InternetDB',
      'INTERNAL_ENRICHMENT',
      ['IPv4-Addr', 'IPv6-Addr'],
      true,
      now - 20_000,
    ),
  ];
}
