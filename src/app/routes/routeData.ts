import type { LoaderFunctionArgs, ShouldRevalidateFunctionArgs } from 'react-router';
import {
  parseResultView,
  resultQueryVariables,
  serializeResultView,
} from '../../features/coverage-result/resultViewState';
import type { CoverageResultRouteQuery$variables } from './__generated__/CoverageResultRouteQuery.graphql';

/**
 * What the router needs to start a page's query before the page's own code has loaded: the variables and when to
 * run the query again. The heavy pages (Overview, Result, entity pages) load as separate chunks.
 */
export function idVariables({ params }: LoaderFunctionArgs): { id: string } {
  return { id: params.id ?? '' };
}

/** The Result tab's variables come from the URL (search, sort, filters), so a shared link or Back shows the same view. */
export function coverageResultVariables({
  params,
  request,
}: LoaderFunctionArgs): CoverageResultRouteQuery$variables {
  return {
    id: params.id ?? '',
    ...resultQueryVariables(parseResultView(new URL(request.url).searchParams)),
  };
}

/**
 * Re-run the Result tab's query only when its own view (search, sort, filters) changes: other parameters of the
 * page, such as `?panel=enrichment`, leave the table as it is. An explicit revalidation of the same URL still runs.
 */
export function shouldRevalidateCoverageResult({
  currentUrl,
  nextUrl,
  defaultShouldRevalidate,
}: ShouldRevalidateFunctionArgs): boolean {
  if (currentUrl.href === nextUrl.href || currentUrl.pathname !== nextUrl.pathname)
    return defaultShouldRevalidate;
  const view = (url: URL) => serializeResultView(parseResultView(url.searchParams)).toString();
  return view(currentUrl) !== view(nextUrl) ? defaultShouldRevalidate : false;
}
