import { Suspense } from 'react';
import { graphql } from 'react-relay';
import { useNavigate } from 'react-router';
import { PageSkeleton } from '../../components/PageSkeleton';
import { useRouteQuery } from '../../relay/routeQuery';
import { useT } from '../../i18n/useT';
import { NotFoundError } from '../../lib/notFound';
import type { CoverableEntityType } from '../../lib/entityTypes';
import { CoveredEntityPage } from '../../features/covered-entities/CoveredEntityPage';
import { AddSecurityCoverageButton } from '../../features/coverage-creation/AddSecurityCoverageButton';
import { usePaths } from '../../config/useAppConfig';
import type { EntityRouteQuery as EntityRouteQueryType } from './__generated__/EntityRouteQuery.graphql';

export const EntityRouteQuery = graphql`
  query EntityRouteQuery($id: String!) {
    stixCoreObject(id: $id) {
      id
      entity_type
      representative {
        main
      }
      ...CoveredEntityPage_entity
    }
  }
`;

function EntityContent({ entityType }: { entityType: CoverableEntityType }) {
  const data = useRouteQuery<EntityRouteQueryType>(EntityRouteQuery);
  const navigate = useNavigate();
  const paths = usePaths();
  const entity = data.stixCoreObject;
  // An unknown id, or the id of another type (OpenCTI's report(id:) would return null for a campaign's).
  if (!entity || entity.entity_type !== entityType) throw new NotFoundError(entityType);
  // The page shows this only while the entity has no coverage (OpenCTI keeps one per entity). After creation,
  // the analyst lands on the new coverage.
  const addCoverageAction = (
    <AddSecurityCoverageButton
      entity={{ id: entity.id, entityType, name: entity.representative.main }}
      onCreated={(id) => void navigate(paths.securityCoverage(id))}
    />
  );
  return (
    <CoveredEntityPage key={entity.id} entity={entity} addCoverageAction={addCoverageAction} />
  );
}

/** /dashboard/<segment>/:id — the page of one covered entity. */
export function EntityRoute({ entityType }: { entityType: CoverableEntityType }) {
  const t = useT();
  return (
    <Suspense fallback={<PageSkeleton rows={6} label={t('entities.page.loading')} />}>
      <EntityContent entityType={entityType} />
    </Suspense>
  );
}
