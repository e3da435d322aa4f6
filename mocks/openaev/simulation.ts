import { random01 } from '../store/hash';
import type { Store } from '../store/store';
import type {
  CoverageMetric,
  ExpectationType,
  ScenarioRecord,
  SecurityPlatformRecord,
} from '../store/types';

/** Which expectations a security platform type validates (EDR blocks and alerts, SIEM/NDR only alert). */
const VALIDATES: Record<string, readonly ExpectationType[]> = {
  EDR: ['PREVENTION', 'DETECTION'],
  SIEM: ['DETECTION'],
  NDR: ['DETECTION'],
};

const ORDER: readonly ExpectationType[] = ['PREVENTION', 'DETECTION', 'VULNERABILITY'];

class Tally {
  private readonly counts = new Map<ExpectationType, { ok: number; total: number }>();

  add(type: ExpectationType, success: boolean): void {
    const entry = this.counts.get(type) ?? { ok: 0, total: 0 };
    entry.total += 1;
    if (success) entry.ok += 1;
    this.counts.set(type, entry);
  }

  /** OpenAEV's success rate: round(successful expectations / expectations × 100), per expectation type. */
  metrics(): CoverageMetric[] {
    return ORDER.flatMap((type) => {
      const entry = this.counts.get(type);
      return entry && entry.total > 0
        ? [{ coverage_name: type, coverage_score: Math.round((entry.ok / entry.total) * 100) }]
        : [];
    });
  }
}

export interface SimulationOutcome {
  result: CoverageMetric[];
  /** Per tested entity; an empty list for an entity that only has placeholder injects. */
  perTarget: Map<string, CoverageMetric[]>;
  /** Per security platform that validated expectations. */
  perPlatform: Map<string, CoverageMetric[]>;
}

/**
 * Probability that a defence catches a technique: a stable base per (platform, technique, expectation), slowly
 * improving with each simulation as the blue team tunes its rules. Everything comes from the seeded hash.
 */
const BASE: Record<ExpectationType, [number, number]> = {
  PREVENTION: [0.25, 0.55],
  DETECTION: [0.1, 0.45],
  VULNERABILITY: [0.3, 0.6],
};

function probability(
  validator: string,
  targetId: string,
  type: ExpectationType,
  index: number,
): number {
  const [floor, spread] = BASE[type];
  const base = floor + spread * random01('base', validator, targetId, type);
  return Math.min(0.95, base + Math.min(0.12, index * 0.01));
}

/** Network sensors only see techniques that cross the network. */
const NETWORK_TACTICS: readonly string[] = [
  'initial-access',
  'lateral-movement',
  'command-and-control',
  'exfiltration',
];

function sees(store: Store, platform: SecurityPlatformRecord, targetId: string): boolean {
  if (platform.security_platform_type !== 'NDR') return true;
  const target = store.getOfType('Attack-Pattern', targetId);
  if (!target) return true;
  return target.killChainPhases.some((id) => {
    const phase = store.getOfType('Kill-Chain-Phase', id);
    return phase !== undefined && NETWORK_TACTICS.includes(phase.phase_name);
  });
}

/**
 * Runs simulation number `index` of a scenario: every executable inject runs on every targeted endpoint of its
 * platform and architecture and produces one expectation per type; an expectation succeeds when one of the
 * security platforms able to validate it does. Deterministic for a given scenario, index and seed.
 */
export function simulate(store: Store, scenario: ScenarioRecord, index: number): SimulationOutcome {
  const endpoints = store.openaev.endpoints.filter((e) => scenario.endpointIds.includes(e.id));
  const platforms = store
    .all('SecurityPlatform')
    .filter(
      (p): p is SecurityPlatformRecord & { security_platform_type: string } =>
        p.security_platform_type !== null && p.security_platform_type in VALIDATES,
    );
  const global = new Tally();
  const targets = new Map<string, Tally>();
  const byPlatform = new Map<string, Tally>();
  for (const inject of scenario.injects) {
    if (!targets.has(inject.targetId)) targets.set(inject.targetId, new Tally());
    if (inject.placeholder) continue;
    const tally = targets.get(inject.targetId) ?? new Tally();
    const runOn = endpoints.filter(
      (e) => e.platform === inject.platform && e.architecture === inject.architecture,
    );
    for (const endpoint of runOn) {
      for (const type of inject.expectations) {
        const roll = (validator: string): boolean =>
          random01(scenario.id, index, inject.targetId, endpoint.id, type, validator) <
          probability(validator, inject.targetId, type, index);
        let success: boolean;
        if (type === 'VULNERABILITY') {
          success = roll('patch-level');
        } else {
          success = false;
          for (const platform of platforms) {
            if (!(VALIDATES[platform.security_platform_type] ?? []).includes(type)) continue;
            if (!sees(store, platform, inject.targetId)) continue;
            const caught = roll(platform.id);
            const platformTally = byPlatform.get(platform.id) ?? new Tally();
            platformTally.add(type, caught);
            byPlatform.set(platform.id, platformTally);
            success = success || caught;
          }
        }
        tally.add(type, success);
        global.add(type, success);
      }
    }
    targets.set(inject.targetId, tally);
  }
  return {
    result: global.metrics(),
    perTarget: new Map([...targets].map(([id, tally]) => [id, tally.metrics()])),
    perPlatform: new Map([...byPlatform].map(([id, tally]) => [id, tally.metrics()])),
  };
}
