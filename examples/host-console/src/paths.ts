/** Where the host mounts the Security Coverage pages: every link the library draws starts here. */
export const COVERAGE_BASE = '/cti/coverage';

export const hostPaths = {
  reports: '/cti/reports',
  report: (id: string) => `/cti/reports/${encodeURIComponent(id)}`,
  coverages: `${COVERAGE_BASE}/analyses/security_coverages`,
  coverage: (id: string) =>
    `${COVERAGE_BASE}/analyses/security_coverages/${encodeURIComponent(id)}`,
};
