import { DAY, HOUR, MINUTE, iso } from '../clock';
import type { DomainContext, Shape, Timings } from '../domain/context';
import { addCoverage, type CoverageAddInput } from '../domain/coverages';
import { relatedTestableEntities } from '../domain/coverageView';
import { createWork, MSG_SERVER_ERROR } from '../domain/enrichment';
import { advanceTo } from '../openaev/engine';
import type { Store } from '../store/store';
import { HAS_COVERED_TARGET_TYPES } from '../store/types';
import { attackPatternId, SEED, vulnerabilityId } from './ids';
import { labelId, markingId, ORGS } from './meta';

interface TimelineStep {
  at: number;
  run: (ctx: DomainContext) => void;
}

const ALL_PLATFORMS = ['windows', 'linux', 'macos'];

function automated(
  id: string,
  covered: string,
  name: string,
  description: string,
  periodicity: string,
  duration: string,
  platforms: string[],
  extra: Partial<CoverageAddInput> = {},
): (ctx: DomainContext) => void {
  return (ctx) => {
    addCoverage(
      ctx,
      {
        name,
        description,
        objectCovered: covered,
        auto_enrichment_disable: false,
        periodicity,
        duration,
        type_affinity: 'ENDPOINT',
        platforms_affinity: platforms,
        createdBy: ORGS.contoso,
        objectMarking: [markingId('TLP:AMBER')],
        ...extra,
      },
      { autoEnrich: false, id },
    );
  };
}

function enrich(
  coverageId: string,
  connectorId: string,
  failure: string | null = null,
): (ctx: DomainContext) => void {
  return (ctx) => {
    const coverage = ctx.store.getOfType('Security-Coverage', coverageId);
    const connector = ctx.store.connectors.get(connectorId);
    if (coverage && connector) createWork(ctx, coverage, connector, 'create', failure);
  };
}

/**
 * The seeded coverages, one per state the UI must render, replayed through the same domain functions and the
 * same simulated OpenAEV as live requests, so their works, results and has-covered are exactly what the engine
 * would have produced. Every date is relative to `now`.
 */
export function seedCoverages(store: Store, now: number, timings: Timings, shape: Shape): void {
  const C = SEED.coverages;
  const openaev = SEED.connectors.openaev;
  const apac = SEED.connectors.openaevApac;
  const provisioningAt =
    now - timings.receiveMs - Math.min(1_000, Math.floor(timings.completeMs / 2));
  const steps: TimelineStep[] = [
    // Fresh: daily simulations, the last one about 18 hours ago; every technique has a Windows payload.
    {
      at: now - 8 * DAY - 18 * HOUR,
      run: automated(
        C.fresh,
        SEED.intrusionSets.fin7,
        'FIN7',
        'Daily breach-and-attack simulation of **FIN7** tradecraft on Windows endpoints (phishing payloads, persistence, remote access, ransomware staging).',
        'P1D',
        'P30D',
        ['windows'],
        { objectLabel: [labelId('financially-motivated'), labelId('purple-team')] },
      ),
    },
    { at: now - 8 * DAY - 18 * HOUR, run: enrich(C.fresh, openaev) },
    // Placeholders: resource-development techniques, an analyst-made pattern and appliance CVEs cannot run on endpoints.
    {
      at: now - 3 * DAY - 5 * HOUR,
      run: automated(
        C.placeholders,
        SEED.reports.voltTyphoonAdvisory,
        'PRC State-Sponsored Actors Compromise and Maintain Persistent Access to U.S. Critical Infrastructure (AA24-038A)',
        'Twice-daily validation of the **Volt Typhoon** living-off-the-land techniques from AA24-038A on Windows and Linux.',
        'PT12H',
        'P30D',
        ['windows', 'linux'],
        { objectLabel: [labelId('critical-infrastructure')] },
      ),
    },
    { at: now - 3 * DAY - 5 * HOUR, run: enrich(C.placeholders, openaev) },
    // Outdated: the scenario ended (P5D) a week ago, so the last result is older than its daily periodicity.
    {
      at: now - 12 * DAY - 2 * HOUR,
      run: automated(
        C.outdated,
        SEED.campaigns.solarWinds,
        'SolarWinds Compromise',
        'One-week exercise replaying the post-compromise activity of the **SolarWinds** campaign.',
        'P1D',
        'P5D',
        ALL_PLATFORMS,
        { objectLabel: [labelId('espionage')] },
      ),
    },
    { at: now - 12 * DAY - 2 * HOUR, run: enrich(C.outdated, openaev) },
    // Two tenants: EMEA keeps running weekly; APAC stopped pinging two days ago.
    {
      at: now - 10 * DAY - 3 * HOUR,
      run: automated(
        C.twoTenants,
        SEED.intrusionSets.apt29,
        'APT29',
        'Weekly coverage of **APT29 / Midnight Blizzard** techniques, assessed by both OpenAEV tenants.',
        'P1W',
        'P90D',
        ALL_PLATFORMS,
        { objectLabel: [labelId('espionage'), labelId('cloud')] },
      ),
    },
    { at: now - 10 * DAY - 3 * HOUR, run: enrich(C.twoTenants, openaev) },
    { at: now - 10 * DAY - 2 * HOUR, run: enrich(C.twoTenants, apac) },
    {
      at: now - 2 * DAY,
      run: (ctx) => {
        // Decommissioned: its last heartbeat is the moment it went away.
        const c = ctx.store.connectors.get(apac);
        if (c) {
          c.online = false;
          c.updated_at = iso(ctx.now);
        }
      },
    },
    // Failed enrichment: OpenAEV answered with an error.
    {
      at: now - 2 * DAY - 4 * HOUR,
      run: automated(
        C.failed,
        SEED.incidents.ivantiAppliance,
        'Compromised Ivanti Connect Secure gateway at the logistics subsidiary',
        'Check whether the post-exploitation activity seen on `vpn-lgx-01` would be caught elsewhere.',
        'P1D',
        'P30D',
        ['linux'],
        { objectLabel: [labelId('edge-device')] },
      ),
    },
    { at: now - 2 * DAY - 4 * HOUR, run: enrich(C.failed, openaev, MSG_SERVER_ERROR) },
    // Provisioning: the work has been received and OpenAEV is building the scenario right now.
    {
      at: provisioningAt,
      run: automated(
        C.provisioning,
        SEED.campaigns.moveit,
        'Cl0p MOVEit Transfer mass exploitation',
        'Automated coverage of the **MOVEit** campaign TTPs on the file-transfer servers.',
        'P1D',
        'P30D',
        ALL_PLATFORMS,
        { objectLabel: [labelId('ransomware')] },
      ),
    },
    { at: provisioningAt, run: enrich(C.provisioning, openaev) },
    // Manual, Detection only: the SOC scored its detections of the edge zero-days by hand.
    {
      at: now - 6 * DAY,
      run: (ctx) => {
        addCoverage(
          ctx,
          {
            name: 'Edge appliance zero-days exploited in 2024',
            description:
              'Manual assessment by the detection engineering team: only **detection** can be measured for appliances we cannot run agents on.',
            objectCovered: SEED.groupings.edgeZeroDays,
            auto_enrichment_disable: true,
            periodicity: 'P1M',
            createdBy: ORGS.contoso,
            objectMarking: [markingId('TLP:AMBER')],
            objectLabel: [labelId('edge-device')],
            coverage_information: [{ coverage_name: 'detection', coverage_score: 35 }],
            add_related_entities: {
              selected_ids: relatedTestableEntities(
                ctx.store,
                SEED.groupings.edgeZeroDays,
                HAS_COVERED_TARGET_TYPES,
              ).map((e) => e.id),
              filters: null,
              excluded_ids: null,
              search: null,
            },
          },
          { autoEnrich: false, id: C.manualDetection },
        );
      },
    },
    // Manual, Prevention + Detection + Vulnerability, on a selection of the case's entities.
    {
      at: now - 4 * DAY - 6 * HOUR,
      run: (ctx) => {
        addCoverage(
          ctx,
          {
            name: 'IR-2026-044 — Akira ransomware containment at the Lyon plant',
            description:
              'Post-incident review: scores agreed with the plant IT team after the purple-team session.',
            objectCovered: SEED.caseIncidents.akira,
            auto_enrichment_disable: true,
            periodicity: 'P3M',
            createdBy: ORGS.contoso,
            objectMarking: [markingId('TLP:AMBER+STRICT')],
            objectLabel: [labelId('ransomware'), labelId('purple-team')],
            confidence: 60,
            coverage_information: [
              { coverage_name: 'prevention', coverage_score: 70 },
              { coverage_name: 'detection', coverage_score: 55 },
              { coverage_name: 'vulnerability', coverage_score: 80 },
            ],
            add_related_entities: {
              selected_ids: [
                attackPatternId('T1133'),
                attackPatternId('T1078.003'),
                attackPatternId('T1021.001'),
                attackPatternId('T1003.001'),
                attackPatternId('T1486'),
                attackPatternId('T1490'),
                attackPatternId('T1219'),
                vulnerabilityId('CVE-2020-1472'),
              ],
              filters: null,
              excluded_ids: null,
              search: null,
            },
          },
          { autoEnrich: false, id: C.manualFull },
        );
      },
    },
  ];
  steps.sort((a, b) => a.at - b.at);
  const config = { timings, shape };
  for (const step of steps) {
    advanceTo(store, step.at, config);
    step.run({ store, now: step.at, userId: SEED.users.admin, shape, timings });
  }
  advanceTo(store, now, config);
  // Give the manual Akira coverage per-entity nuance, as an analyst would after the review.
  const akiraResult = store.resultsOf(C.manualFull)[0];
  if (akiraResult) {
    for (const rel of store.relationshipsFrom(akiraResult.id)) {
      if (rel.toId === attackPatternId('T1219')) {
        rel.coverage_information = [
          { coverage_name: 'prevention', coverage_score: 20 },
          { coverage_name: 'detection', coverage_score: 40 },
        ];
        rel.updated_at = iso(now - 4 * DAY - 5 * HOUR + 12 * MINUTE);
      }
    }
  }
}
