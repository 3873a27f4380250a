import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from '../../client/src/route';

describe('routes', () => {
  it('parses the map, the administration page and the print page', () => {
    expect(parseRoute('/', '')).toEqual({ page: 'map' });
    expect(parseRoute('/admin', '')).toEqual({ page: 'admin' });
    expect(parseRoute('/admin/', '?lang=en')).toEqual({ page: 'admin' });
    expect(parseRoute('/planner', '')).toEqual({ page: 'planner' });
    expect(parseRoute('/relocation/', '')).toEqual({ page: 'relocation' });
    expect(parseRoute('/print', '?branch=12&size=A3')).toEqual({ page: 'print', branchId: 12, size: 'A3' });
    expect(parseRoute('/print', '?branch=12&size=a3')).toEqual({ page: 'print', branchId: 12, size: 'A3' });
  });

  it('falls back to A4 and to no branch on anything else, and to the map on unknown paths', () => {
    expect(parseRoute('/print', '?branch=x&size=B5')).toEqual({ page: 'print', branchId: null, size: 'A4' });
    expect(parseRoute('/print', '?branch=-3')).toEqual({ page: 'print', branchId: null, size: 'A4' });
    expect(parseRoute('/somewhere', '')).toEqual({ page: 'map' });
  });

  it('writes addresses that parse back to the same route', () => {
    for (const route of [{ page: 'map' }, { page: 'admin' }, { page: 'planner' }, { page: 'relocation' }, { page: 'print', branchId: 4, size: 'A3' }] as const) {
      const href = new URL(routeHref(route), 'http://x');
      expect(parseRoute(href.pathname, href.search)).toEqual(route);
    }
  });
});
