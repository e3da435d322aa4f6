import { graphql } from 'react-relay';
import { Navigate } from 'react-router';
import { useRouteQuery } from '../../relay/routeQuery';
import { usePaths } from '../../config/useAppConfig';
import { NotFoundError } from '../../lib/notFound';
import type { ResolveIdRouteQuery as ResolveIdRouteQueryType } from './__generated__/ResolveIdRouteQuery.graphql';

export const ResolveIdRouteQuery = graphql`
  query ResolveIdRouteQuery($id: String!) {
    stixCoreObject(id: $id) {
      id
      entity_type
    }
  }
`;

/** /dashboard/id/:id — OpenCTI's generic link: resolves any id (internal or STIX) to the entity's own page. */
export function ResolveIdRoute() {
  const data = useRouteQuery<ResolveIdRouteQueryType>(ResolveIdRouteQuery);
  const paths = usePaths();
  const entity = data.stixCoreObject;
  if (!entity) throw new NotFoundError();
  const target = paths.entity(entity.entity_type, entity.id);
  if (target === paths.resolveId(entity.id)) throw new NotFoundError(entity.entity_type);
  return <Navigate to={target} replace />;
}
