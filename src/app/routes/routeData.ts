import type { LoaderFunctionArgs, ShouldRevalidateFunctionArgs } from 'react-router';
import type { CoverableEntityType } from '../../lib/entityTypes';
import { listVariables, parseListView } from '../../features/covered-entities/listView';
import {
  parseResultView,
  resultQueryVariables,
  serializeResultView,
} from '../../features/coverage-result/resultViewState';
import type { CoverageResultRouteQuery$variables } from './__generated__/CoverageResultRouteQuery.graphql';
import type { EntityListRouteQuery$variables } from './__generated__/EntityListRouteQuery.graphql';

/**
 * What the router needs to start a page's query before the page's own code has loaded: the variables and when to
 * run the query again. Every page but the list of Security Coverages loads as a separate chunk.
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

/** The loader's variables for one type's list: the view (search, sort) comes from the URL it is entered with. */
export function entityListVariables(type: CoverableEntityType) {
  return ({ request }: LoaderFunctionArgs): EntityListRouteQuery$variables =>
    listVariables(type, parseListView(new URL(request.url).searchParams));
}

/**
 * A change of search or sort on the same list does not re-run the loader: the list refetches itself in a
 * transition, so its rows stay on screen. Anything else (entering the page, Retry) loads as usual.
 */
export function shouldRevalidateEntityList({
  currentUrl,
  nextUrl,
  defaultShouldRevalidate,
}: ShouldRevalidateFunctionArgs): boolean {
  if (currentUrl.pathname === nextUrl.pathname && currentUrl.search !== nextUrl.search)
    return false;
  return defaultShouldRevalidate;
}
