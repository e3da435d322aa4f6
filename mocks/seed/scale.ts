import { DAY, HOUR, iso } from '../clock';
import { domainDefaults, newRelationship, standardId } from '../domain/records';
import { random01 } from '../store/hash';
import type { Store } from '../store/store';
import type { CoverageMetric, DomainRecord } from '../store/types';
import { attackPatternId, SEED, seedId } from './ids';
import { LABELS, labelId, markingId, ORGS, TLP } from './meta';
import { TECHNIQUES } from './techniques';

const THEMES = [
  'ransomware',
  'phishing',
  'edge devices',
  'cloud identity',
  'supply chain',
  'insider risk',
  'OT networks',
  'mobile malware',
];
const PERIODS = ['P1D', 'P1W', 'P1M', 'PT12H'];
export const SCALE_COVERAGES = 10_000;
export const SCALE_TESTED_ENTITIES = 5_000;

function score(...parts: (string | number)[]): number {
  return Math.round(random01(...parts) * 100);
}

// Records put the `...domainDefaults()` spread last: V8 builds such literals an order of magnitude faster
// than the spread-first form, which matters for tens of thousands of records.

/**
 * The benchmark seed on top of the demo one: 10,000 more coverages (each on its own daily brief report, with one
 * scored result, no has-covered) and one coverage with 5,000 tested entities. Records are built directly.
 */
export function seedScale(store: Store, now: number): void {
  const admin = SEED.users.admin;
  const labels = Object.keys(LABELS);
  const markings = TLP.map((t) => markingId(t.definition));
  const techniques = TECHNIQUES.map((t) => attackPatternId(t.id));
  for (let i = 1; i <= SCALE_COVERAGES; i += 1) {
    const n = String(i).padStart(5, '0');
    const theme = THEMES[i % THEMES.length] ?? 'threats';
    const age = random01('scale-age', i) * 365 * DAY;
    const reportId = seedId(`scale:report:${i}`);
    const reportName = `Daily threat brief #${n} — ${theme}`;
    const marking = markings[i % markings.length] ?? markingId('TLP:CLEAR');
    const label = labelId(labels[i % labels.length] ?? 'phishing');
    store.add({
      entity_type: 'Report',
      name: reportName,
      description: `Daily digest about ${theme}.`,
      content: null,
      report_types: ['internal-report'],
      published: iso(now - age - DAY),
      x_opencti_reliability: null,
      objects: [],
      ...domainDefaults(reportId, standardId('Report', reportName), now - age - DAY, admin, {
        createdBy: ORGS.contoso,
        objectMarking: [marking],
        objectLabel: [label],
      }),
    });
    store.setContainerObjects(
      reportId,
      [techniques[i % techniques.length], techniques[(i * 7) % techniques.length]].filter(
        (id): id is string => id !== undefined,
      ),
    );
    const coverageId = seedId(`scale:coverage:${i}`);
    const manual = i % 2 === 0;
    const coverageName = `Coverage of brief #${n} (${theme})`;
    store.add({
      entity_type: 'Security-Coverage',
      name: coverageName,
      description: null,
      objectCovered: reportId,
      periodicity: PERIODS[i % PERIODS.length] ?? 'P1D',
      duration: manual ? null : 'P30D',
      type_affinity: 'ENDPOINT',
      platforms_affinity: ['windows', 'linux', 'macos'],
      auto_enrichment_disable: manual,
      ...domainDefaults(coverageId, standardId('Security-Coverage', reportId), now - age, admin, {
        createdBy: ORGS.contoso,
        objectMarking: [marking],
        objectLabel: [label],
        confidence: 50 + (i % 50),
      }),
    });
    const lastResult = now - random01('scale-last', i) * 60 * DAY;
    const metrics: CoverageMetric[] = manual
      ? [{ coverage_name: 'detection', coverage_score: score('scale-d', i) }]
      : [
          { coverage_name: 'PREVENTION', coverage_score: score('scale-p', i) },
          { coverage_name: 'DETECTION', coverage_score: score('scale-d', i) },
        ];
    const resultName = manual ? `Result of ${coverageName}` : `EMEA Result of ${coverageName}`;
    store.add({
      entity_type: 'Security-Coverage-Result',
      name: resultName,
      description: null,
      resultOf: coverageId,
      external_uri: manual
        ? null
        : `https://openaev.demo.local/admin/scenarios/${seedId(`scale:scenario:${i}`)}`,
      tenant_id: manual ? null : 'emea',
      tenant_name: manual ? null : 'EMEA',
      coverage_information: metrics,
      coverage_last_result: iso(lastResult),
      coverage_valid_from: iso(lastResult),
      coverage_valid_to: iso(lastResult + DAY),
      origin: manual ? 'manual' : 'openaev',
      ...domainDefaults(
        seedId(`scale:result:${i}`),
        standardId('Security-Coverage-Result', `${resultName}|${coverageId}`),
        lastResult,
        admin,
        { createdBy: ORGS.contoso, objectMarking: [marking] },
      ),
    });
  }
  seedLargeCoverage(store, now);
}

function seedLargeCoverage(store: Store, now: number): void {
  const admin = SEED.users.admin;
  const targets: DomainRecord[] = [...store.all('Attack-Pattern'), ...store.all('Vulnerability')];
  for (let i = targets.length + 1; i <= SCALE_TESTED_ENTITIES; i += 1) {
    const name = `BENCH-VULN-${String(i).padStart(5, '0')}`;
    const record: DomainRecord = {
      ...domainDefaults(
        seedId(`scale:vulnerability:${i}`),
        standardId('Vulnerability', name),
        now - 30 * DAY,
        admin,
        { createdBy: ORGS.contoso },
      ),
      entity_type: 'Vulnerability',
      name,
      description: 'Synthetic vulnerability of the scale benchmark.',
      x_opencti_aliases: [],
      x_opencti_cvss_vector_string: null,
      x_opencti_cvss_base_score: Math.round(random01('bench-cvss', i) * 100) / 10,
      x_opencti_cvss_base_severity: null,
      x_opencti_cvss_attack_vector: null,
      x_opencti_cwe: [],
      x_opencti_cisa_kev: false,
      x_opencti_epss_score: null,
      x_opencti_epss_percentile: null,
      x_opencti_score: null,
      x_opencti_first_seen_active: null,
    };
    store.add(record);
    targets.push(record);
  }
  const reportId = seedId('scale:report:large');
  const reportName = 'Scale benchmark — 5,000 tested entities';
  store.add({
    entity_type: 'Report',
    name: reportName,
    description: 'Benchmark container: every attack pattern and vulnerability of the platform.',
    content: null,
    report_types: ['internal-report'],
    published: iso(now - 20 * DAY),
    x_opencti_reliability: null,
    objects: [],
    ...domainDefaults(reportId, standardId('Report', reportName), now - 20 * DAY, admin, {
      createdBy: ORGS.contoso,
      objectMarking: [markingId('TLP:GREEN')],
    }),
  });
  store.setContainerObjects(
    reportId,
    targets.map((t) => t.id),
  );
  const coverageId = SEED.scaleCoverage;
  store.add({
    entity_type: 'Security-Coverage',
    name: reportName,
    description: 'Manual coverage with 5,000 tested entities (benchmark of the Result tab).',
    objectCovered: reportId,
    periodicity: 'P1M',
    duration: null,
    type_affinity: 'ENDPOINT',
    platforms_affinity: ['windows', 'linux', 'macos'],
    auto_enrichment_disable: true,
    ...domainDefaults(
      coverageId,
      standardId('Security-Coverage', reportId),
      now - 19 * DAY,
      admin,
      { createdBy: ORGS.contoso, objectMarking: [markingId('TLP:GREEN')] },
    ),
  });
  const resultId = seedId('scale:result:large');
  const at = now - 2 * HOUR;
  store.add({
    entity_type: 'Security-Coverage-Result',
    name: `Result of ${reportName}`,
    description: null,
    resultOf: coverageId,
    external_uri: null,
    tenant_id: null,
    tenant_name: null,
    coverage_information: [
      { coverage_name: 'prevention', coverage_score: 58 },
      { coverage_name: 'detection', coverage_score: 64 },
    ],
    coverage_last_result: iso(at),
    coverage_valid_from: iso(at),
    coverage_valid_to: iso(at + 30 * DAY),
    origin: 'manual',
    ...domainDefaults(
      resultId,
      standardId('Security-Coverage-Result', `large|${coverageId}`),
      at,
      admin,
      { createdBy: ORGS.contoso },
    ),
  });
  targets.forEach((target, index) => {
    const placeholder = random01('bench-placeholder', index) < 0.1;
    const rel = newRelationship(store, {
      id: seedId(`scale:has-covered:${index}`),
      type: 'has-covered',
      fromId: resultId,
      toId: target.id,
      at: at - index * 1_000,
      userId: admin,
      coverage: placeholder
        ? []
        : [
            { coverage_name: 'prevention', coverage_score: score('bench-p', index) },
            { coverage_name: 'detection', coverage_score: score('bench-d', index) },
          ],
    });
    store.addRelationship(rel);
  });
}
