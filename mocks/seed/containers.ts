import type { domainDefaults } from '../domain/records';
import type { Store } from '../store/store';
import type { CaseIncidentRecord, GroupingRecord, ReportRecord } from '../store/types';
import { SEED } from './ids';
import { labelId, markingId, ORGS } from './meta';
import { ap, cve, LOLBINS_PATTERN, seedBase } from './arsenal';
import { VOLT_TECHNIQUES } from './threats';

type ContainerFields<T> = Omit<
  T,
  keyof ReturnType<typeof domainDefaults> | 'entity_type' | 'name' | 'objects'
>;

export function seedContainers(store: Store, now: number): void {
  const objects = (list: readonly string[]): string[] =>
    list.map((id) => (id.startsWith('T1') ? ap(id) : id.startsWith('CVE-') ? cve(id) : id));
  const report = (
    key: string,
    name: string,
    items: readonly string[],
    fields: ContainerFields<ReportRecord>,
    extra: Parameters<typeof domainDefaults>[4],
    daysAgo: number,
  ): void => {
    const record: ReportRecord = {
      ...seedBase(key, 'Report', name, now, daysAgo, extra),
      entity_type: 'Report',
      name,
      objects: [],
      ...fields,
    };
    store.add(record);
    store.setContainerObjects(record.id, objects(items));
  };
  report(
    'report:volt-typhoon-aa24-038a',
    'PRC State-Sponsored Actors Compromise and Maintain Persistent Access to U.S. Critical Infrastructure (AA24-038A)',
    [
      ...VOLT_TECHNIQUES,
      LOLBINS_PATTERN,
      'CVE-2021-40539',
      'CVE-2022-42475',
      'CVE-2023-27997',
      'CVE-2024-3400',
      SEED.intrusionSets.voltTyphoon,
      ORGS.cisa,
    ],
    {
      description:
        'Joint advisory describing how **Volt Typhoon** gains initial access through internet-facing network appliances, then relies almost exclusively on living-off-the-land techniques:\n\n1. credential access through `ntdsutil` and volume shadow copies,\n2. discovery with built-in commands,\n3. traffic relayed through compromised SOHO routers.',
      content: null,
      report_types: ['threat-report'],
      published: '2024-02-07T00:00:00.000Z',
      x_opencti_reliability: 'A - Completely reliable',
    },
    {
      createdBy: ORGS.cisa,
      objectLabel: [
        labelId('critical-infrastructure'),
        labelId('living-off-the-land'),
        labelId('soc-priority'),
      ],
      objectMarking: [markingId('TLP:CLEAR')],
      created: '2024-02-07T00:00:00.000Z',
    },
    60,
  );
  report(
    'report:midnight-blizzard-guidance',
    'Midnight Blizzard: Guidance for responders on nation-state attack',
    [
      'T1110.003',
      'T1078.004',
      'T1528',
      'T1098',
      'T1114.002',
      'T1606.002',
      'T1090.003',
      SEED.intrusionSets.apt29,
      SEED.campaigns.passwordSpray,
    ],
    {
      description:
        "Microsoft's write-up of the **Midnight Blizzard** intrusion into its corporate environment: password spraying of a legacy tenant, malicious OAuth applications and the Exchange Web Services API used to read mailboxes. Includes hunting queries for Entra ID and Exchange Online.",
      content: null,
      report_types: ['threat-report'],
      published: '2024-01-25T00:00:00.000Z',
      x_opencti_reliability: 'B - Usually reliable',
    },
    {
      createdBy: ORGS.microsoft,
      objectLabel: [labelId('espionage'), labelId('cloud')],
      objectMarking: [markingId('TLP:CLEAR')],
      created: '2024-01-25T00:00:00.000Z',
    },
    55,
  );
  report(
    'report:black-basta-aa24-131a',
    '#StopRansomware: Black Basta (AA24-131A)',
    [
      'T1566.001',
      'T1190',
      'T1219',
      'T1021.002',
      'T1569.002',
      'T1003.001',
      'T1560.001',
      'T1567.002',
      'T1486',
      'T1490',
      'T1489',
      'T1070.004',
      'CVE-2024-1709',
      'CVE-2020-1472',
      'CVE-2021-34527',
    ],
    {
      description:
        'Indicators and TTPs of the **Black Basta** ransomware-as-a-service affiliates, who hit more than 500 organisations including healthcare. Affiliates use spear-phishing, ScreenConnect exploitation, Mimikatz, PsExec and rclone before encrypting.',
      content: null,
      report_types: ['threat-report'],
      published: '2024-05-10T00:00:00.000Z',
      x_opencti_reliability: 'A - Completely reliable',
    },
    {
      createdBy: ORGS.cisa,
      objectLabel: [labelId('ransomware')],
      objectMarking: [markingId('TLP:CLEAR')],
      created: '2024-05-10T00:00:00.000Z',
    },
    50,
  );
  report(
    'report:clop-moveit-aa23-158a',
    '#StopRansomware: CL0P Ransomware Gang Exploits CVE-2023-34362 MOVEit Vulnerability (AA23-158A)',
    [
      'T1190',
      'T1505.003',
      'T1059.001',
      'T1005',
      'T1083',
      'T1041',
      'CVE-2023-34362',
      SEED.campaigns.moveit,
    ],
    {
      description:
        'CISA and FBI advisory on the **LEMURLOOT** web shell deployed by Cl0p through CVE-2023-34362, with detection signatures and mitigations for MOVEit Transfer.',
      content: null,
      report_types: ['threat-report'],
      published: '2023-06-07T00:00:00.000Z',
      x_opencti_reliability: 'A - Completely reliable',
    },
    {
      createdBy: ORGS.cisa,
      objectLabel: [labelId('ransomware'), labelId('edge-device')],
      objectMarking: [markingId('TLP:CLEAR')],
      created: '2023-06-07T00:00:00.000Z',
    },
    45,
  );

  const grouping = (
    key: string,
    name: string,
    items: readonly string[],
    fields: ContainerFields<GroupingRecord>,
    extra: Parameters<typeof domainDefaults>[4],
    daysAgo: number,
  ): void => {
    const record: GroupingRecord = {
      ...seedBase(key, 'Grouping', name, now, daysAgo, extra),
      entity_type: 'Grouping',
      name,
      objects: [],
      ...fields,
    };
    store.add(record);
    store.setContainerObjects(record.id, objects(items));
  };
  grouping(
    'grouping:edge-zero-days-2024',
    'Edge appliance zero-days exploited in 2024',
    [
      'CVE-2024-3400',
      'CVE-2024-21887',
      'CVE-2023-46805',
      'CVE-2023-20198',
      'CVE-2023-4966',
      'CVE-2022-42475',
      'CVE-2023-27997',
      'T1190',
      'T1505.003',
      'T1133',
    ],
    {
      description:
        'Working set of the **firewall / VPN / ADC** vulnerabilities exploited in the wild this year, used to track patch status with the network team.',
      content: null,
      context: 'suspicious-activity',
      x_opencti_aliases: [],
    },
    {
      createdBy: ORGS.contoso,
      objectLabel: [labelId('edge-device'), labelId('purple-team')],
      objectMarking: [markingId('TLP:AMBER')],
    },
    25,
  );
  grouping(
    'grouping:phishing-triage-w48',
    'Phishing domains triage — week 48',
    [SEED.campaigns.passwordSpray, ORGS.microsoft],
    {
      description:
        'Look-alike domains reported by users this week, pending takedown requests. Nothing technical to test yet.',
      content: null,
      context: 'unspecified',
      x_opencti_aliases: [],
    },
    {
      createdBy: ORGS.contoso,
      objectLabel: [labelId('phishing')],
      objectMarking: [markingId('TLP:GREEN')],
    },
    5,
  );

  const caseIncident = (
    key: string,
    name: string,
    items: readonly string[],
    fields: ContainerFields<CaseIncidentRecord>,
    extra: Parameters<typeof domainDefaults>[4],
    daysAgo: number,
  ): void => {
    const record: CaseIncidentRecord = {
      ...seedBase(key, 'Case-Incident', name, now, daysAgo, extra),
      entity_type: 'Case-Incident',
      name,
      objects: [],
      ...fields,
    };
    store.add(record);
    store.setContainerObjects(record.id, objects(items));
  };
  caseIncident(
    'case-incident:akira-lyon',
    'IR-2026-044 — Akira ransomware containment at the Lyon plant',
    [
      'T1133',
      'T1078.003',
      'T1021.001',
      'T1003.001',
      'T1486',
      'T1490',
      'T1489',
      'T1219',
      'T1560.001',
      'T1048.003',
      'T1018',
      'T1046',
      'CVE-2020-1472',
    ],
    {
      description:
        'VPN access with a reused contractor password (no MFA), AnyDesk for persistence, NTDS extraction, then encryption of the MES file servers.\n\n**Status:** contained, eradication in progress.',
      content: null,
      rating: 4,
      response_types: ['ransomware'],
      severity: 'critical',
      priority: 'P1',
    },
    {
      createdBy: ORGS.contoso,
      objectLabel: [labelId('ransomware'), labelId('soc-priority')],
      objectMarking: [markingId('TLP:AMBER+STRICT')],
    },
    20,
  );
  caseIncident(
    'case-incident:bec-treasury',
    'IR-2026-031 — Business email compromise in Treasury',
    ['T1566.002', 'T1114.002', 'T1078.004', 'T1539', 'T1528', 'T1098'],
    {
      description:
        'Adversary-in-the-middle phishing page captured a session cookie of a treasury analyst; an inbox rule hid replies while a fraudulent wire transfer was requested.',
      content: null,
      rating: 3,
      response_types: ['data-leak'],
      severity: 'high',
      priority: 'P2',
    },
    {
      createdBy: ORGS.contoso,
      objectLabel: [labelId('phishing'), labelId('cloud')],
      objectMarking: [markingId('TLP:AMBER')],
    },
    12,
  );
}
