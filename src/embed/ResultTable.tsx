import { Suspense } from 'react';
import { useLazyLoadQuery } from 'react-relay';
import { useSearchParams } from 'react-router';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { PageSkeleton } from '../components/PageSkeleton';
import { CoverageResultRouteQuery } from '../app/routes/CoverageResultRoute';
import { CoverageResult } from '../features/coverage-result/CoverageResult';
import { parseResultView, resultQueryVariables } from '../features/coverage-result/resultViewState';
import { EmbedCapabilities } from './EmbedCapabilities';
import { EmbedProviders, type EmbedOptions } from './EmbedProviders';
import type { CoverageResultRouteQuery as QueryType } from '../app/routes/__generated__/CoverageResultRouteQuery.graphql';

function Table({ coverageId }: { coverageId: string }) {
  const [searchParams] = useSearchParams();
  const data = useLazyLoadQuery<QueryType>(CoverageResultRouteQuery, {
    id: coverageId,
    ...resultQueryVariables(parseResultView(searchParams)),
  });
  if (!data.securityCoverage) return null;
  return <CoverageResult queryRef={data} coverageRef={data.securityCoverage} />;
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
