/** Router state an entity link carries, so the entity page can lead back to the list as the analyst left it. */
export interface ListReturnState {
  listUrl: string;
}

export function listReturnState(location: { pathname: string; search: string }): ListReturnState {
  return { listUrl: `${location.pathname}${location.search}` };
}

/** The list URL (with its search and sort) the analyst came from, if it is this type's list; else the plain list. */
export function listReturnUrl(state: unknown, listPath: string): string {
  if (typeof state === 'object' && state !== null && 'listUrl' in state) {
    const url = state.listUrl;
    if (typeof url === 'string' && (url === listPath || url.startsWith(`${listPath}?`))) return url;
  }
  return listPath;
}
