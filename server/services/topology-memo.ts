/**
 * Grid topology findings (overlaps, gaps, grids outside their community) per community,
 * remembered by the community's stored geometry: its boundary and every current grid's
 * polygon, as the GeoJSON text in the database. The same geometry always gives the same
 * findings, so an entry is never stale, only replaced when the geometry changes. Polygon
 * overlay is the slow part of both the coverage model's checks and the planner's apply; one
 * memo shared by the two means the apply's check before its writes is usually known already,
 * and its check after them is the one the next coverage read needs.
 */
import { checkGridTopology } from '../../shared/geo/topology';
import type { AreaGeometry } from '../../shared/model';
import type { Violation } from '../../shared/rules/check';

/** A community's stored geometry: its boundary and its current grids' polygons (GeoJSON text). */
export interface CommunityGeometryText {
  id: number;
  boundary: string;
  grids: readonly { id: number; polygon: string }[];
}

export interface TopologyMemo {
  /**
   * The findings of one community (grids in any order). `remember: false` computes without
   * keeping the answer (past days, which should not push out the current grid's entries).
   */
  findings(community: CommunityGeometryText, remember?: boolean): Violation[];
  /** Forgets communities not in `ids` (ones that are gone). */
  keepOnly(ids: ReadonlySet<number>): void;
  /** How many times the overlay has run (for tests and benchmarks). */
  readonly computed: number;
}

/** A memo checking with `toleranceM2` (m²: smaller overlaps, gaps and overhangs are ignored). */
export function topologyMemo(toleranceM2: number): TopologyMemo {
  const entries = new Map<number, { key: string; violations: Violation[] }>();
  let computed = 0;
  return {
    findings(c, remember = true) {
      const grids = [...c.grids].sort((a, b) => a.id - b.id);
      const key = `${c.boundary}|${grids.map((g) => `${g.id}:${g.polygon}`).join('|')}`;
      const hit = entries.get(c.id);
      if (hit?.key === key) return hit.violations;
      computed++;
      const input = {
        communities: [{ id: c.id, boundary: JSON.parse(c.boundary) as AreaGeometry }],
        grids: grids.map((g) => ({ id: g.id, communityId: c.id, polygon: JSON.parse(g.polygon) as AreaGeometry })),
      };
      const violations = checkGridTopology(input, toleranceM2);
      if (remember) entries.set(c.id, { key, violations });
      return violations;
    },
    keepOnly(ids) {
      for (const id of entries.keys()) if (!ids.has(id)) entries.delete(id);
    },
    get computed() {
      return computed;
    },
  };
}
