/**
 * Mock resolver latency on the scale seed (10,000 coverages, one with 5,000 tested entities): p50 and p95 of the
 * list query and of the Result tab's query, executed in-process. Prints one JSON line for scripts/bench.mjs.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createMockBackend } from '../../mocks/backend';
import { SEED } from '../../mocks/seed/ids';

const sdl = readFileSync(new URL('../../mocks/schema.graphql', import.meta.url), 'utf8');
const backend = createMockBackend({ sdl, seed: 'scale' });

const LIST = `query($count: Int!) { securityCoverages(first: $count, orderBy: created, orderMode: desc) {
  pageInfo { globalCount hasNextPage endCursor }
  edges { node { id name coverage_last_result auto_enrichment_disable coverage_information { coverage_name coverage_score }
    objectCovered { id entity_type representative { main } } objectLabel { id value } objectMarking { id definition } } } } }`;
const RESULT = `query($id: String!, $count: Int!) { securityCoverage(id: $id) {
  stixCoreRelationshipsFromResults(first: $count, orderBy: created_at, orderMode: desc) {
    pageInfo { globalCount hasNextPage endCursor }
    edges { node { id updated_at coverage_information { coverage_name coverage_score }
      to { ... on AttackPattern { id name x_mitre_id } ... on Vulnerability { id name } } } } } } }`;

async function measure(query: string, variables: Record<string, unknown>, runs = 40) {
  const times: number[] = [];
  for (let i = 0; i < runs + 3; i += 1) {
    const start = performance.now();
    const result = await backend.execute({ query, variables });
    const took = performance.now() - start;
    if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
    if (i >= 3) times.push(took);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { p50: Math.round(at(0.5) * 10) / 10, p95: Math.round(at(0.95) * 10) / 10 };
}

const list = await measure(LIST, { count: 25 });
const result = await measure(RESULT, { id: SEED.scaleCoverage, count: 100 });
console.log(JSON.stringify({ list, result }));
