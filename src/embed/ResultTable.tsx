import { Suspense } from 'react';
import { useLazyLoadQuery } from 'react-relay';
import { useSearchParams } from 'react-router';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { PageSkeleton } from '../components/PageSkeleton';
import {
  CoverageResultRouteG1Query,
  CoverageResultRouteQuery,
  G1ResultTab,
  G2ResultTab,
} from '../app/routes/CoverageResultRoute';
import { parseResultView, resultQueryVariables } from '../features/coverage-result/resultViewState';
import { useServerShape } from '../relay/serverShape';
import { EmbedCapabilities } from './EmbedCapabilities';
import { EmbedProviders, type EmbedOptions } from './EmbedProviders';
import type { CoverageResultRouteQuery as G2QueryType } from '../app/routes/__generated__/CoverageResultRouteQuery.graphql';
import type { CoverageResultRouteG1Query as G1QueryType } from '../app/routes/__generated__/CoverageResultRouteG1Query.graphql';

type Variables = G2QueryType['variables'] & G1QueryType['variables'];

function G2Table({ variables }: { variables: Variables }) {
  const data = useLazyLoadQuery<G2QueryType>(CoverageResultRouteQuery, variables);
  return data.securityCoverage ? (
    <G2ResultTab rows={data} coverage={data.securityCoverage} />
  ) : null;
}

function G1Table({ variables }: { variables: Variables }) {
  const data = useLazyLoadQuery<G1QueryType>(CoverageResultRouteG1Query, variables);
  return data.securityCoverage ? (
    <G1ResultTab rows={data} coverage={data.securityCoverage} />
  ) : null;
}

function Table({ coverageId }: { coverageId: string }) {
  const [searchParams] = useSearchParams();
  const shape = useServerShape();
  const variables = {
    id: coverageId,
    ...resultQueryVariables(parseResultView(searchParams)),
  };
  return shape === 'g2' ? <G2Table variables={variables} /> : <G1Table variables={variables} />;
}

/**
 * The Result table of one coverage for a host page (inside the host's router: its search, sort and filters live
 * in the page's URL, as in the console).
 */
export function SecurityCoverageResultTable({
  coverageId,
  ...options
}: EmbedOptions & { coverageId: string }) {
  return (
    <EmbedProviders {...options}>
      <EmbedCapabilities>
        <ErrorBoundary>
          <Suspense fallback={<PageSkeleton />}>
            <Table coverageId={coverageId} />
          </Suspense>
        </ErrorBoundary>
      </EmbedCapabilities>
    </EmbedProviders>
  );
}
