import { DAY } from '../clock';
import { type domainDefaults, newRelationship } from '../domain/records';
import type { Store } from '../store/store';
import type { CampaignRecord, IncidentRecord, IntrusionSetRecord } from '../store/types';
import { SEED, seedId } from './ids';
import { labelId, markingId, ORGS } from './meta';
import { ADMIN, ap, cve, LOLBINS_PATTERN, seedBase } from './arsenal';

function uses(
  store: Store,
  fromId: string,
  techniques: readonly string[],
  now: number,
  daysAgo: number,
): void {
  for (const id of techniques) {
    const toId = id.startsWith('T') ? ap(id) : id;
    store.addRelationship(
      newRelationship(store, {
        id: seedId(`rel:uses:${fromId}:${toId}`),
        type: 'uses',
        fromId,
        toId,
        at: now - daysAgo * DAY,
        userId: ADMIN,
        createdBy: ORGS.contoso,
      }),
    );
  }
}

function targets(
  store: Store,
  fromId: string,
  cves: readonly string[],
  now: number,
  daysAgo: number,
): void {
  for (const id of cves) {
    store.addRelationship(
      newRelationship(store, {
        id: seedId(`rel:targets:${fromId}:${id}`),
        type: 'targets',
        fromId,
        toId: cve(id),
        at: now - daysAgo * DAY,
        userId: ADMIN,
        createdBy: ORGS.contoso,
      }),
    );
  }
}

export const APT29_TECHNIQUES = [
  'T1566.002',
  'T1078.004',
  'T1606.002',
  'T1528',
  'T1059.001',
  'T1547.001',
  'T1027',
  'T1021.006',
  'T1071.001',
  'T1114.002',
  'T1098',
  'T1087.002',
  'T1482',
  'T1560.001',
  'T1195.002',
  'T1218.011',
  'T1105',
  'T1003.001',
];
export const FIN7_TECHNIQUES = [
  'T1566.001',
  'T1204.002',
  'T1059.005',
  'T1059.001',
  'T1053.005',
  'T1547.001',
  'T1055',
  'T1105',
  'T1071.001',
  'T1021.001',
  'T1113',
  'T1486',
  'T1219',
  'T1543.003',
];
export const VOLT_TECHNIQUES = [
  'T1190',
  'T1133',
  'T1078.003',
  'T1059.003',
  'T1059.004',
  'T1047',
  'T1003.003',
  'T1082',
  'T1016',
  'T1018',
  'T1057',
  'T1087.002',
  'T1069.002',
  'T1090.003',
  'T1584.005',
  'T1583.003',
  'T1588.002',
  'T1591',
  'T1070.004',
  'T1021.001',
  'T1560.001',
  'T1552.001',
];
export const SOLARWINDS_TECHNIQUES = [
  'T1195.002',
  'T1606.002',
  'T1078.004',
  'T1528',
  'T1059.001',
  'T1027',
  'T1071.001',
  'T1218.011',
  'T1482',
  'T1087.002',
  'T1560.001',
  'T1070.004',
  'T1036.005',
  'T1098',
];

export function seedThreats(store: Store, now: number): void {
  const intrusionSet = (
    key: string,
    name: string,
    fields: Omit<
      IntrusionSetRecord,
      keyof ReturnType<typeof domainDefaults> | 'entity_type' | 'name'
    >,
    extra: Parameters<typeof domainDefaults>[4],
  ): void => {
    store.add({
      ...seedBase(key, 'Intrusion-Set', name, now, 200, extra),
      entity_type: 'Intrusion-Set',
      name,
      ...fields,
    });
  };
  intrusionSet(
    'intrusion-set:apt29',
    'APT29',
    {
      description:
        'Russian state-sponsored espionage group attributed to the SVR.\n\n- Supply-chain compromise of SolarWinds Orion (2020)\n- Password spraying and OAuth abuse against Microsoft 365 tenants\n- Focus on **diplomatic, government and technology** organisations',
      aliases: ['Midnight Blizzard', 'NOBELIUM', 'Cozy Bear', 'The Dukes'],
      first_seen: '2008-01-01T00:00:00.000Z',
      last_seen: '2025-10-01T00:00:00.000Z',
      goals: ['Long-term intelligence collection'],
      resource_level: 'government',
      primary_motivation: 'organizational-gain',
      secondary_motivations: [],
      x_opencti_score: 90,
    },
    {
      createdBy: ORGS.microsoft,
      objectLabel: [labelId('espionage'), labelId('cloud')],
      objectMarking: [markingId('TLP:CLEAR')],
    },
  );
  intrusionSet(
    'intrusion-set:fin7',
    'FIN7',
    {
      description:
        'Financially motivated group active since 2013, moving from point-of-sale malware to **ransomware affiliation** (REvil, DarkSide, BlackMatter, ALPHV).\n\nKnown for weaponised Office documents, fake security companies used to recruit operators, and remote-access tooling.',
      aliases: ['Carbon Spider', 'ELBRUS', 'Sangria Tempest'],
      first_seen: '2013-01-01T00:00:00.000Z',
      last_seen: '2025-06-01T00:00:00.000Z',
      goals: ['Financial theft', 'Extortion'],
      resource_level: 'organization',
      primary_motivation: 'personal-gain',
      secondary_motivations: [],
      x_opencti_score: 80,
    },
    {
      createdBy: ORGS.mandiant,
      objectLabel: [labelId('financially-motivated'), labelId('ransomware')],
      objectMarking: [markingId('TLP:GREEN')],
    },
  );
  intrusionSet(
    'intrusion-set:volt-typhoon',
    'Volt Typhoon',
    {
      description:
        "People's Republic of China state-sponsored actor **pre-positioning** in the IT networks of U.S. critical infrastructure.\n\nRelies on living-off-the-land techniques and a botnet of end-of-life SOHO routers (KV-botnet) to blend in.",
      aliases: ['BRONZE SILHOUETTE', 'Vanguard Panda', 'Insidious Taurus', 'DEV-0391'],
      first_seen: '2021-05-01T00:00:00.000Z',
      last_seen: '2025-02-01T00:00:00.000Z',
      goals: ['Disruption capability against critical infrastructure'],
      resource_level: 'government',
      primary_motivation: 'dominance',
      secondary_motivations: ['organizational-gain'],
      x_opencti_score: 95,
    },
    {
      createdBy: ORGS.cisa,
      objectLabel: [labelId('critical-infrastructure'), labelId('living-off-the-land')],
      objectMarking: [markingId('TLP:CLEAR')],
    },
  );
  uses(store, SEED.intrusionSets.apt29, APT29_TECHNIQUES, now, 190);
  targets(store, SEED.intrusionSets.apt29, ['CVE-2019-19781', 'CVE-2023-42793'], now, 190);
  uses(store, SEED.intrusionSets.fin7, FIN7_TECHNIQUES, now, 180);
  targets(store, SEED.intrusionSets.fin7, ['CVE-2021-34473'], now, 180);
  uses(store, SEED.intrusionSets.voltTyphoon, [...VOLT_TECHNIQUES, LOLBINS_PATTERN], now, 150);
  targets(
    store,
    SEED.intrusionSets.voltTyphoon,
    ['CVE-2021-40539', 'CVE-2022-42475', 'CVE-2023-27997'],
    now,
    150,
  );

  const campaign = (
    key: string,
    name: string,
    fields: Omit<CampaignRecord, keyof ReturnType<typeof domainDefaults> | 'entity_type' | 'name'>,
    extra: Parameters<typeof domainDefaults>[4],
  ): void => {
    store.add({
      ...seedBase(key, 'Campaign', name, now, 120, extra),
      entity_type: 'Campaign',
      name,
      ...fields,
    });
  };
  campaign(
    'campaign:solarwinds',
    'SolarWinds Compromise',
    {
      description:
        'Supply-chain intrusion in which APT29 trojanised SolarWinds Orion updates (SUNBURST) and then moved to cloud identity abuse (Golden SAML, OAuth applications) in selected victims.',
      aliases: ['C0024', 'UNC2452 intrusion set', 'Solorigate'],
      first_seen: '2019-08-01T00:00:00.000Z',
      last_seen: '2021-01-31T00:00:00.000Z',
      objective: 'Espionage against government agencies and technology providers',
    },
    {
      createdBy: ORGS.mandiant,
      objectLabel: [labelId('espionage')],
      objectMarking: [markingId('TLP:CLEAR')],
    },
  );
  campaign(
    'campaign:moveit',
    'Cl0p MOVEit Transfer mass exploitation',
    {
      description:
        'From 27 May 2023, the Cl0p extortion group exploited a zero-day SQL injection in **Progress MOVEit Transfer** (CVE-2023-34362), dropped the LEMURLOOT web shell and stole data from hundreds of organisations.',
      aliases: ['MOVEit campaign'],
      first_seen: '2023-05-27T00:00:00.000Z',
      last_seen: '2023-06-30T00:00:00.000Z',
      objective: 'Data theft for extortion',
    },
    {
      createdBy: ORGS.cisa,
      objectLabel: [labelId('ransomware'), labelId('edge-device')],
      objectMarking: [markingId('TLP:CLEAR')],
    },
  );
  campaign(
    'campaign:midnight-blizzard-password-spray',
    'Midnight Blizzard password spray against corporate tenants',
    {
      description:
        "Password spraying from residential proxies against a legacy, non-MFA test tenant (Nov. 2023), followed by abuse of an OAuth application to read executives' mailboxes.",
      aliases: [],
      first_seen: '2023-11-01T00:00:00.000Z',
      last_seen: '2024-01-12T00:00:00.000Z',
      objective: 'Access to corporate email about the actor itself',
    },
    {
      createdBy: ORGS.microsoft,
      objectLabel: [labelId('espionage'), labelId('cloud')],
      objectMarking: [markingId('TLP:GREEN')],
    },
  );
  uses(store, SEED.campaigns.solarWinds, SOLARWINDS_TECHNIQUES, now, 110);
  store.addRelationship(
    newRelationship(store, {
      id: seedId('rel:attributed-to:solarwinds'),
      type: 'attributed-to',
      fromId: SEED.campaigns.solarWinds,
      toId: SEED.intrusionSets.apt29,
      at: now - 110 * DAY,
      userId: ADMIN,
    }),
  );
  uses(
    store,
    SEED.campaigns.moveit,
    ['T1190', 'T1505.003', 'T1059.001', 'T1005', 'T1083', 'T1560.001', 'T1041'],
    now,
    100,
  );
  targets(store, SEED.campaigns.moveit, ['CVE-2023-34362'], now, 100);
  uses(
    store,
    SEED.campaigns.passwordSpray,
    ['T1110.003', 'T1078.004', 'T1528', 'T1098', 'T1114.002', 'T1090.003'],
    now,
    95,
  );
  store.addRelationship(
    newRelationship(store, {
      id: seedId('rel:attributed-to:spray'),
      type: 'attributed-to',
      fromId: SEED.campaigns.passwordSpray,
      toId: SEED.intrusionSets.apt29,
      at: now - 95 * DAY,
      userId: ADMIN,
    }),
  );

  const incident = (
    key: string,
    name: string,
    fields: Omit<IncidentRecord, keyof ReturnType<typeof domainDefaults> | 'entity_type' | 'name'>,
    extra: Parameters<typeof domainDefaults>[4],
  ): void => {
    store.add({
      ...seedBase(key, 'Incident', name, now, 40, extra),
      entity_type: 'Incident',
      name,
      ...fields,
    });
  };
  incident(
    'incident:ivanti-appliance',
    'Compromised Ivanti Connect Secure gateway at the logistics subsidiary',
    {
      description:
        'Integrity Checker Tool mismatches on `vpn-lgx-01`; a web shell was found in a CGI script and the appliance reached out to a VPS in AS-CHOOPA.\n\nRelated to the mass exploitation of CVE-2023-46805 and CVE-2024-21887.',
      aliases: [],
      first_seen: '2024-01-11T00:00:00.000Z',
      last_seen: '2024-01-19T00:00:00.000Z',
      objective: null,
      incident_type: 'compromise',
      severity: 'high',
      source: 'SOC alert',
      x_opencti_score: 70,
    },
    {
      createdBy: ORGS.contoso,
      objectLabel: [labelId('edge-device'), labelId('soc-priority')],
      objectMarking: [markingId('TLP:AMBER')],
    },
  );
  incident(
    'incident:hospital-ransomware',
    'Black Basta intrusion at a regional hospital supplier',
    {
      description:
        'Help-desk impersonation over Teams led a user to start **Quick Assist**; the operators moved laterally with PsExec, exfiltrated with rclone and encrypted ESXi and Windows hosts.',
      aliases: [],
      first_seen: '2024-05-02T00:00:00.000Z',
      last_seen: '2024-05-06T00:00:00.000Z',
      objective: 'Extortion',
      incident_type: 'ransomware',
      severity: 'critical',
      source: 'Partner CERT',
      x_opencti_score: 85,
    },
    {
      createdBy: ORGS.certFr,
      objectLabel: [labelId('ransomware')],
      objectMarking: [markingId('TLP:AMBER+STRICT')],
    },
  );
  incident(
    'incident:lost-laptop',
    'Lost laptop FIN-LT-0412 (possible data exposure)',
    {
      description:
        'A finance laptop was reported lost at an airport. BitLocker was enabled; no malicious activity has been linked to it so far.',
      aliases: [],
      first_seen: '2026-11-20T00:00:00.000Z',
      last_seen: null,
      objective: null,
      incident_type: 'data-leak',
      severity: 'low',
      source: 'Employee report',
      x_opencti_score: 20,
    },
    { createdBy: ORGS.contoso, objectMarking: [markingId('TLP:RED')] },
  );
  uses(
    store,
    SEED.incidents.ivantiAppliance,
    ['T1190', 'T1505.003', 'T1059.004', 'T1105', 'T1003.008', 'T1070.004', 'T1572'],
    now,
    35,
  );
  targets(store, SEED.incidents.ivantiAppliance, ['CVE-2023-46805', 'CVE-2024-21887'], now, 35);
  uses(
    store,
    SEED.incidents.hospitalRansomware,
    [
      'T1219',
      'T1021.002',
      'T1569.002',
      'T1047',
      'T1003.001',
      'T1560.001',
      'T1567.002',
      'T1486',
      'T1490',
      'T1489',
    ],
    now,
    30,
  );
  targets(store, SEED.incidents.hospitalRansomware, ['CVE-2024-1709', 'CVE-2020-1472'], now, 30);
}
