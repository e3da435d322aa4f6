/**
 * Records of the in-memory OpenCTI. Field names follow OpenCTI's GraphQL names so scalars resolve by default;
 * references (markings, labels, author, covered entity, container objects…) are stored as internal ids and
 * resolved by field resolvers. Dates are ISO-8601 strings (UTC, fixed width, so they sort as strings).
 */

export type IsoDate = string;

export interface CoverageMetric {
  coverage_name: string;
  coverage_score: number;
}

/** `entity_type` values, exactly as OpenCTI spells them. */
export const COVERED_ENTITY_TYPES = [
  'Report',
  'Grouping',
  'Case-Incident',
  'Campaign',
  'Intrusion-Set',
  'Incident',
] as const;
export type CoveredEntityType = (typeof COVERED_ENTITY_TYPES)[number];
export const CONTAINER_TYPES: readonly string[] = ['Report', 'Grouping', 'Case-Incident'];
/** Types a `has-covered` relationship may point to (the ones this subset knows). */
export const HAS_COVERED_TARGET_TYPES: readonly string[] = [
  'Attack-Pattern',
  'Vulnerability',
  'SecurityPlatform',
];

interface StixBase {
  id: string;
  standard_id: string;
  created_at: IsoDate;
  updated_at: IsoDate;
  /** User ids (`creators`). */
  creators: string[];
  x_opencti_stix_ids: string[];
}

interface DomainBase extends StixBase {
  created: IsoDate;
  modified: IsoDate;
  confidence: number | null;
  revoked: boolean;
  lang: string;
  /** Identity id (`createdBy`). */
  createdBy: string | null;
  objectMarking: string[];
  objectLabel: string[];
  name: string;
  description: string | null;
}

export interface ReportRecord extends DomainBase {
  entity_type: 'Report';
  content: string | null;
  report_types: string[];
  published: IsoDate;
  x_opencti_reliability: string | null;
  objects: string[];
}

export interface GroupingRecord extends DomainBase {
  entity_type: 'Grouping';
  content: string | null;
  context: string;
  x_opencti_aliases: string[];
  objects: string[];
}

export interface CaseIncidentRecord extends DomainBase {
  entity_type: 'Case-Incident';
  content: string | null;
  rating: number | null;
  response_types: string[];
  severity: string | null;
  priority: string | null;
  objects: string[];
}

export interface CampaignRecord extends DomainBase {
  entity_type: 'Campaign';
  aliases: string[];
  first_seen: IsoDate | null;
  last_seen: IsoDate | null;
  objective: string | null;
}

export interface IntrusionSetRecord extends DomainBase {
  entity_type: 'Intrusion-Set';
  aliases: string[];
  first_seen: IsoDate | null;
  last_seen: IsoDate | null;
  goals: string[];
  resource_level: string | null;
  primary_motivation: string | null;
  secondary_motivations: string[];
  x_opencti_score: number | null;
}

export interface IncidentRecord extends DomainBase {
  entity_type: 'Incident';
  aliases: string[];
  first_seen: IsoDate | null;
  last_seen: IsoDate | null;
  objective: string | null;
  incident_type: string | null;
  severity: string | null;
  source: string | null;
  x_opencti_score: number | null;
}

export interface AttackPatternRecord extends DomainBase {
  entity_type: 'Attack-Pattern';
  aliases: string[];
  x_mitre_id: string | null;
  x_mitre_platforms: string[];
  x_mitre_permissions_required: string[];
  x_mitre_detection: string | null;
  /** Kill chain phase ids. */
  killChainPhases: string[];
  isSubAttackPattern: boolean;
}

export interface VulnerabilityRecord extends DomainBase {
  entity_type: 'Vulnerability';
  x_opencti_aliases: string[];
  x_opencti_cvss_vector_string: string | null;
  x_opencti_cvss_base_score: number | null;
  x_opencti_cvss_base_severity: string | null;
  x_opencti_cvss_attack_vector: string | null;
  x_opencti_cwe: string[];
  x_opencti_cisa_kev: boolean;
  x_opencti_epss_score: number | null;
  x_opencti_epss_percentile: number | null;
  x_opencti_score: number | null;
  x_opencti_first_seen_active: IsoDate | null;
}

interface IdentityBase extends DomainBase {
  identity_class: string;
  contact_information: string | null;
  roles: string[];
  x_opencti_aliases: string[];
  x_opencti_reliability: string | null;
}

export interface OrganizationRecord extends IdentityBase {
  entity_type: 'Organization';
  x_opencti_organization_type: string | null;
  x_opencti_score: number | null;
}

export interface IndividualRecord extends IdentityBase {
  entity_type: 'Individual';
  x_opencti_firstname: string | null;
  x_opencti_lastname: string | null;
}

export interface SecurityPlatformRecord extends IdentityBase {
  entity_type: 'SecurityPlatform';
  security_platform_type: string | null;
}

export interface CoverageRecord extends DomainBase {
  entity_type: 'Security-Coverage';
  /** Internal id of the covered entity (the `object-covered` ref; its standard id derives the coverage's). */
  objectCovered: string;
  periodicity: string | null;
  duration: string | null;
  type_affinity: string | null;
  platforms_affinity: string[];
  auto_enrichment_disable: boolean;
}

export interface CoverageResultRecord extends DomainBase {
  entity_type: 'Security-Coverage-Result';
  /** Internal id of the SecurityCoverage (the `result-of` ref). */
  resultOf: string;
  external_uri: string | null;
  tenant_id: string | null;
  tenant_name: string | null;
  coverage_information: CoverageMetric[];
  coverage_last_result: IsoDate | null;
  coverage_valid_from: IsoDate | null;
  coverage_valid_to: IsoDate | null;
  /** Who writes it: an analyst (manual result) or an OpenAEV tenant through its connector. Not exposed. */
  origin: 'manual' | 'openaev';
}

export type DomainRecord =
  | ReportRecord
  | GroupingRecord
  | CaseIncidentRecord
  | CampaignRecord
  | IntrusionSetRecord
  | IncidentRecord
  | AttackPatternRecord
  | VulnerabilityRecord
  | OrganizationRecord
  | IndividualRecord
  | SecurityPlatformRecord
  | CoverageRecord
  | CoverageResultRecord;

export type ContainerRecord = ReportRecord | GroupingRecord | CaseIncidentRecord;
export type CoveredRecord = ContainerRecord | CampaignRecord | IntrusionSetRecord | IncidentRecord;
export type IdentityRecord = OrganizationRecord | IndividualRecord | SecurityPlatformRecord;

interface MetaBase extends StixBase {
  created: IsoDate;
  modified: IsoDate;
}

export interface LabelRecord extends MetaBase {
  entity_type: 'Label';
  value: string;
  color: string;
}

export interface MarkingRecord extends MetaBase {
  entity_type: 'Marking-Definition';
  definition_type: string;
  definition: string;
  x_opencti_order: number;
  x_opencti_color: string;
}

export interface KillChainPhaseRecord extends MetaBase {
  entity_type: 'Kill-Chain-Phase';
  kill_chain_name: string;
  phase_name: string;
  x_opencti_order: number;
}

export interface VocabularyRecord extends MetaBase {
  entity_type: 'Vocabulary';
  category: string;
  name: string;
  description: string | null;
  order: number | null;
  aliases: string[];
  builtIn: boolean;
  is_hidden: boolean;
}

export type MetaRecord = LabelRecord | MarkingRecord | KillChainPhaseRecord | VocabularyRecord;

export type StixRecord = DomainRecord | MetaRecord;

export interface RelationshipRecord {
  id: string;
  standard_id: string;
  relationship_type: string;
  fromId: string;
  toId: string;
  created_at: IsoDate;
  updated_at: IsoDate;
  created: IsoDate;
  modified: IsoDate;
  start_time: IsoDate | null;
  stop_time: IsoDate | null;
  confidence: number | null;
  description: string | null;
  revoked: boolean;
  lang: string;
  createdBy: string | null;
  objectMarking: string[];
  objectLabel: string[];
  creators: string[];
  x_opencti_stix_ids: string[];
  /** Only meaningful on `has-covered`; null elsewhere, `[]` for a placeholder (nothing executed). */
  coverage_information: CoverageMetric[] | null;
}

/** The simulated OpenAEV tenant behind an "OpenAEV Coverage" connector. */
export interface TenantInfo {
  id: string;
  name: string;
  baseUrl: string;
}

export interface ConnectorRecord {
  id: string;
  entity_type: 'Connector';
  name: string;
  connector_type: string;
  connector_scope: string[];
  auto: boolean;
  auto_update: boolean;
  only_contextual: boolean;
  playbook_compatible: boolean;
  enrichment_resolution: string | null;
  built_in: boolean;
  is_managed: boolean;
  connector_user_id: string | null;
  connector_state: string | null;
  created_at: IsoDate;
  /** Last heartbeat (OpenCTI's `updated_at` of a connector is refreshed by its pings). */
  updated_at: IsoDate;
  /** Whether the connector is up and pinging; drives `active`. */
  online: boolean;
  /** Set for the simulated OpenAEV connectors. */
  tenant: TenantInfo | null;
}

export interface WorkMessageRecord {
  timestamp: IsoDate;
  message: string;
  sequence: number;
  source: string | null;
}

export type WorkStatus = 'wait' | 'progress' | 'complete' | 'timeout';

export interface WorkRecord {
  id: string;
  entity_type: 'Work';
  name: string;
  connectorId: string;
  /** Internal id of the enriched entity (OpenCTI's `event_source_id`). */
  entityId: string;
  userId: string;
  trigger: 'create' | 'update' | 'manual';
  timestamp: IsoDate;
  status: WorkStatus;
  received_time: IsoDate | null;
  processed_time: IsoDate | null;
  completed_time: IsoDate | null;
  messages: WorkMessageRecord[];
  errors: WorkMessageRecord[];
  /** When the next lifecycle step is due (null once complete). */
  nextEventAt: IsoDate | null;
  /** An injected failure: the message OpenAEV reports when it processes this work. */
  failure: string | null;
}

export type UserRole = 'admin' | 'readonly' | 'connector';

export interface UserRecord {
  id: string;
  entity_type: 'User';
  role: UserRole;
  name: string;
  user_email: string;
  firstname: string | null;
  lastname: string | null;
  language: string;
  theme: string;
  capabilities: string[];
  created_at: IsoDate;
}

export interface LogRecord {
  id: string;
  entity_type: 'History';
  event_type: string;
  event_scope: string;
  event_status: string;
  timestamp: IsoDate;
  user_id: string;
  context_data: {
    entity_id: string;
    entity_name: string;
    entity_type: string;
    message: string;
  };
}

/** A `has-covered` target as OpenAEV sees it: one inject (or placeholder) per platform × architecture. */
export interface InjectRecord {
  title: string;
  targetId: string;
  /** null for the single placeholder of a reference unknown to the payload library. */
  platform: string | null;
  architecture: string | null;
  placeholder: boolean;
  expectations: ExpectationType[];
}

export type ExpectationType = 'PREVENTION' | 'DETECTION' | 'VULNERABILITY';

/** The OpenAEV scenario built for one coverage on one tenant. */
export interface ScenarioRecord {
  id: string;
  coverageId: string;
  connectorId: string;
  resultId: string;
  external_uri: string;
  name: string;
  periodicity: string | null;
  recurrenceStart: IsoDate;
  recurrenceEnd: IsoDate | null;
  nextRunAt: IsoDate | null;
  simulationCount: number;
  lastSimulationAt: IsoDate | null;
  injects: InjectRecord[];
  /** Endpoint ids targeted (asset groups from the default asset rule ∩ platforms affinity). */
  endpointIds: string[];
}

export interface EndpointRecord {
  id: string;
  name: string;
  platform: 'windows' | 'linux' | 'macos';
  architecture: 'x86_64' | 'arm64';
}

export interface AssetGroupRecord {
  id: string;
  name: string;
  endpointIds: string[];
}

export interface PayloadRecord {
  /** MITRE ATT&CK id for attack-pattern payloads, CVE id for vulnerability payloads. */
  reference: string;
  name: string;
  platforms: string[];
  /** 'all' or one architecture. */
  architectures: string[];
}

/** OpenAEV's side of the world: its payload library, assets and the scenarios it runs. */
export interface OpenAevState {
  payloads: PayloadRecord[];
  /** Lower-cased technique names OpenAEV knows (name fallback when a pattern has no MITRE id). */
  knownNames: string[];
  endpoints: EndpointRecord[];
  assetGroups: AssetGroupRecord[];
  /** The default asset rule: tag → asset group ids. */
  assetRules: { tag: string; assetGroupIds: string[] }[];
  scenarios: ScenarioRecord[];
}

export interface SettingsRecord {
  id: string;
  platform_title: string;
  platform_url: string;
  platform_openaev_url: string;
  created_at: IsoDate;
  updated_at: IsoDate;
}

export interface DemoFlags {
  failNextEnrichment: boolean;
}

/** Everything `serialize()` writes. */
export interface StoreData {
  seq: number;
  revision: number;
  settings: SettingsRecord;
  users: UserRecord[];
  objects: StixRecord[];
  relationships: RelationshipRecord[];
  connectors: ConnectorRecord[];
  works: WorkRecord[];
  logs: LogRecord[];
  openaev: OpenAevState;
  flags: DemoFlags;
}
