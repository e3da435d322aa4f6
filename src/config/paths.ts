import { ENTITY_TYPE_SEGMENT, isCoverableEntityType } from '../lib/entityTypes';

/**
 * Typed path builders. Every link in the app is built here from one base path (OpenCTI's `/dashboard` by default,
 * a host console's own base when embedded), so no component hard-codes a URL.
 */
export function createPaths(base = '/dashboard') {
  const root = base.replace(/\/+$/, '');
  const coverages = `${root}/analyses/security_coverages`;
  const enc = encodeURIComponent;
  return {
    base: root,
    securityCoverages: coverages,
    securityCoverage: (id: string) => `${coverages}/${enc(id)}`,
    securityCoverageOverview: (id: string) => `${coverages}/${enc(id)}/overview`,
    securityCoverageResult: (id: string) => `${coverages}/${enc(id)}/result`,
    entityList: (segment: string) => `${root}/${segment}`,
    /** The page of an entity given its OpenCTI entity_type; unknown types go through the id resolver. */
    entity: (entityType: string, id: string) => {
      if (entityType === 'Security-Coverage') return `${coverages}/${enc(id)}`;
      return isCoverableEntityType(entityType)
        ? `${root}/${ENTITY_TYPE_SEGMENT[entityType]}/${enc(id)}`
        : `${root}/id/${enc(id)}`;
    },
    resolveId: (id: string) => `${root}/id/${enc(id)}`,
    /** Live mode's Connection page (outside the shell: it works before anyone is signed in). */
    connection: `${root}/connection`,
  };
}

export type Paths = ReturnType<typeof createPaths>;

export const paths = createPaths();
