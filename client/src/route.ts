/**
 * The page's few addresses, parsed from and written to the location (pure): the map at `/`,
 * the planner's workspace at `/planner`, demolition and relocation at `/relocation`, the
 * administration page at `/admin`, the printable map of a grid at
 * `/print?branch=ID&size=A4|A3`. The server answers every non-API path with the same page.
 */
export const PAPER_SIZES = ['A4', 'A3'] as const;
/** ISO 216 paper, always landscape here. */
export type PaperSize = (typeof PAPER_SIZES)[number];

export type Route =
  | { page: 'map' }
  | { page: 'admin' }
  | { page: 'planner' }
  | { page: 'relocation' }
  | { page: 'print'; branchId: number | null; size: PaperSize };

function paperSize(value: string | null): PaperSize {
  const upper = value?.toUpperCase();
  return upper === 'A3' ? 'A3' : 'A4';
}

/** The route of `pathname` and `search` (as `window.location` gives them). */
export function parseRoute(pathname: string, search: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/admin') return { page: 'admin' };
  if (path === '/planner') return { page: 'planner' };
  if (path === '/relocation') return { page: 'relocation' };
  if (path === '/print') {
    const params = new URLSearchParams(search);
    const id = Number(params.get('branch'));
    return { page: 'print', branchId: Number.isInteger(id) && id > 0 ? id : null, size: paperSize(params.get('size')) };
  }
  return { page: 'map' };
}

/** The address of `route` (root-relative). */
export function routeHref(route: Route): string {
  switch (route.page) {
    case 'map':
      return '/';
    case 'admin':
      return '/admin';
    case 'planner':
      return '/planner';
    case 'relocation':
      return '/relocation';
    case 'print':
      return `/print?branch=${route.branchId ?? ''}&size=${route.size}`;
  }
}
