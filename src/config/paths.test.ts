import { describe, expect, it } from 'vitest';
import { createPaths } from './paths';

describe('paths', () => {
  const paths = createPaths();

  it('mirror OpenCTI URLs under /dashboard', () => {
    expect(paths.securityCoverages).toBe('/dashboard/analyses/security_coverages');
    expect(paths.securityCoverageOverview('abc')).toBe(
      '/dashboard/analyses/security_coverages/abc/overview',
    );
    expect(paths.securityCoverageResult('abc')).toBe(
      '/dashboard/analyses/security_coverages/abc/result',
    );
    expect(paths.entity('Report', 'r1')).toBe('/dashboard/analyses/reports/r1');
    expect(paths.entity('Grouping', 'g1')).toBe('/dashboard/analyses/groupings/g1');
    expect(paths.entity('Campaign', 'c1')).toBe('/dashboard/threats/campaigns/c1');
    expect(paths.entity('Intrusion-Set', 'i1')).toBe('/dashboard/threats/intrusion_sets/i1');
    expect(paths.entity('Incident', 'x1')).toBe('/dashboard/events/incidents/x1');
    expect(paths.entity('Case-Incident', 'k1')).toBe('/dashboard/cases/incidents/k1');
    expect(paths.entity('Security-Coverage', 's1')).toBe(
      '/dashboard/analyses/security_coverages/s1',
    );
  });

  it('send other types through the id resolver', () => {
    expect(paths.entity('Attack-Pattern', 'ap')).toBe('/dashboard/id/ap');
  });

  it('build from any base path and encode ids', () => {
    const hosted = createPaths('/cti/coverage/');
    expect(hosted.securityCoverage('a/b')).toBe('/cti/coverage/analyses/security_coverages/a%2Fb');
  });
});
