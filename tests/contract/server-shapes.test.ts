import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { stripLatest } from '../../mocks/schema/executable';
import { adaptToServer } from '../../src/relay/serverShape';

/*
 * Every operation the console can send, checked against both generations of OpenCTI's schema: on G1 servers
 * (pre-SecurityCoverageResult) each one must validate once adapted, except the G2 twins that only ever run on G2
 * servers. A G2-only field slipping into a shared fragment fails here.
 */
const sdl = readFileSync(new URL('../../mocks/schema.graphql', import.meta.url), 'utf8');
const g2Schema = buildSchema(sdl);
const g1Schema = buildSchema(stripLatest(sdl));

/** Operations written for G2 servers only; each has a G1 twin or is not needed there. */
const G2_ONLY = new Set([
  'CoverageRouteQuery',
  'CoverageOverviewRouteQuery',
  'CoverageResultRouteQuery',
  'resultDataG2PaginationQuery',
  'exportResultsQuery',
  'UpdateSecurityCoverageMutation',
  'AddSecurityCoverageResultMutation',
]);

interface Artifact {
  default: { kind: string; params?: { name: string; text: string | null } };
}
const operations = Object.values(
  import.meta.glob<Artifact>('../../src/**/__generated__/*.graphql.ts', { eager: true }),
)
  .map((m) => m.default.params)
  .filter((p): p is { name: string; text: string } => !!p?.text);

describe('operations on both server generations', () => {
  it('finds the compiled operations', () => {
    expect(operations.length).toBeGreaterThan(30);
    for (const name of G2_ONLY) expect(operations.map((o) => o.name)).toContain(name);
  });

  it.each(operations.map((o) => [o.name, o] as const))('%s is valid on G2 servers', (_, op) => {
    expect(validate(g2Schema, parse(op.text)).map((e) => e.message)).toEqual([]);
  });

  it.each(operations.filter((o) => !G2_ONLY.has(o.name)).map((o) => [o.name, o] as const))(
    '%s is valid on G1 servers',
    (_, op) => {
      const errors = validate(g1Schema, parse(adaptToServer(op.text, 'g1')));
      expect(errors.map((e) => e.message)).toEqual([]);
    },
  );

  it('leaves operations for G2 servers untouched', () => {
    for (const op of operations) expect(adaptToServer(op.text, 'g2')).toBe(op.text);
  });
});
