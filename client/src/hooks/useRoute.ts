/**
 * The current route, following the address bar (back and forward too), and `navigate` to move
 * within the page without reloading it.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { parseRoute, routeHref, type Route } from '../route';

const CHANGE = 'gridmap:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const address = (): string => `${window.location.pathname}${window.location.search}`;

/** Goes to `route` in this page (a history entry, no reload). */
export function navigate(route: Route): void {
  const href = routeHref(route);
  if (href === address()) return;
  window.history.pushState(null, '', href);
  window.dispatchEvent(new Event(CHANGE));
}

export function useRoute(): Route {
  const current = useSyncExternalStore(subscribe, address);
  return useMemo(() => {
    const [pathname = '/', search = ''] = current.split(/(?=\?)/);
    return parseRoute(pathname, search);
  }, [current]);
}
