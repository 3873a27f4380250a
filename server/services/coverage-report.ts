/**
 * Builds the `GET /api/coverage` answer for one unit from a coverage snapshot: its figures,
 * breadcrumb, children, gaps (in reading order, with the nearest active members) and rule
 * findings. Pure given the snapshot; no personal data goes in.
 */
import type {
  CoverageFiguresDto,
  CoverageLevel,
  CoverageResponse,
  CoverageUnitDto,
  GapBuildingDto,
  GapNeighbourhoodDto,
  NearbyMember,
  UnitRef,
  ViolationDto,
} from '../../shared/api';
import type { NeighbourhoodCoverage, UnitCoverage } from '../../shared/coverage/engine';
import type { BuildingReach } from '../../shared/coverage/reach';
import { readingOrderOfPoints } from '../../shared/geo/reading-order';
import type { Violation } from '../../shared/rules/check';
import type { BBox } from '../../shared/model';
import { HttpError } from '../plugins/errors';
import type { UnitEntry } from '../repositories/units';
import type { CoverageSnapshot } from './coverage';

const NEAREST_MEMBERS = 3;

const centre = (b: BBox): [number, number] => [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];

/** Equirectangular distance in metres: exact enough within a district (< 0.1 % over 10 km). */
function distanceM(a: [number, number], b: [number, number]): number {
  const k = (Math.PI / 180) * 6_371_008.8;
  const dx = (a[0] - b[0]) * Math.cos(((a[1] + b[1]) / 2) * (Math.PI / 180)) * k;
  const dy = (a[1] - b[1]) * k;
  return Math.hypot(dx, dy);
}

function ref(level: CoverageLevel, e: UnitEntry): UnitRef {
  return { level, id: e.id, code: e.code, name: e.name, bbox: e.bbox };
}

function unitFigures(u: UnitCoverage): CoverageFiguresDto {
  const { id: _id, parentId: _p, ...figures } = u;
  return figures;
}

function neighbourhoodFigures(n: NeighbourhoodCoverage): CoverageFiguresDto {
  const { id: _id, communityId: _c, branchIds: _b, homeBranchId: _h, ...figures } = n;
  return figures;
}

function buildingFigures(b: BuildingReach): CoverageFiguresDto {
  const covered = b.state === 'covered' ? 1 : 0;
  return {
    households: b.households, reached: b.reached, coverage: b.households > 0 ? b.reached / b.households : null,
    residents: b.residents, buildings: 1, coveredBuildings: covered, partlyCoveredBuildings: b.state === 'partly_covered' ? 1 : 0,
    gapBuildings: b.state === 'gap' ? 1 : 0, residentMembers: b.residentMembers, leads: b.leads, state: b.state,
  };
}

function inReadingOrder<T extends { bbox: BBox }>(items: T[]): T[] {
  if (items.length === 0) return items;
  return readingOrderOfPoints(items.map((i) => centre(i.bbox))).map((k) => items[k] as T);
}

export function buildCoverageReport(snap: CoverageSnapshot, topology: Violation[], level: CoverageLevel, requestedId: number | undefined, rules: Record<string, unknown>): CoverageResponse {
  const { result, directory: dir } = snap;
  const firstSubdistrict = [...dir.subdistricts.keys()].sort((a, b) => a - b)[0];
  const id = requestedId ?? (level === 'subdistrict' ? firstSubdistrict : undefined);
  if (id === undefined) throw new HttpError(400, `Give the id of the ${level} (for example ?level=${level}&id=1).`, 'id');
  const missing = (): never => {
    throw new HttpError(404, `No current ${level} with id ${id}.`, 'id', `${level} ${id}`);
  };

  const branchesOf = (communityId: number) => [...dir.branches.values()].filter((b) => b.parentId === communityId);
  const inUnit = (building: { branchId: number | null; neighbourhoodId: number | null; id: number }): boolean => {
    const branch = building.branchId === null ? undefined : dir.branches.get(building.branchId);
    const community = branch?.parentId == null ? undefined : dir.communities.get(branch.parentId);
    switch (level) {
      case 'subdistrict': return community?.parentId === id || (building.branchId === null && dir.subdistricts.size === 1);
      case 'community': return branch?.parentId === id;
      case 'branch': return building.branchId === id;
      case 'neighbourhood': return building.neighbourhoodId === id;
      case 'building': return building.id === id;
    }
  };

  let unit: CoverageUnitDto;
  let path: UnitRef[] = [];
  let children: CoverageUnitDto[] = [];
  const childBuildings = (filter: (b: BuildingReach) => boolean): CoverageUnitDto[] =>
    [...result.buildings.values()].filter(filter).flatMap((b) => {
      const e = dir.buildings.get(b.id);
      return e ? [{ ...ref('building', e), figures: buildingFigures(b) }] : [];
    });
  const community = (cid: number | null): UnitEntry | undefined => (cid === null ? undefined : dir.communities.get(cid));
  const subdistrict = (sid: number | null): UnitEntry | undefined => (sid === null ? undefined : dir.subdistricts.get(sid));

  if (level === 'subdistrict') {
    const e = dir.subdistricts.get(id) ?? missing();
    const u = result.subdistricts.get(id) ?? missing();
    unit = { ...ref(level, e), figures: unitFigures(u) };
    children = [...dir.communities.values()].filter((c) => c.parentId === id).flatMap((c) => {
      const f = result.communities.get(c.id);
      return f ? [{ ...ref('community', c), figures: unitFigures(f) }] : [];
    });
  } else if (level === 'community') {
    const e = dir.communities.get(id) ?? missing();
    const u = result.communities.get(id) ?? missing();
    unit = { ...ref(level, e), figures: unitFigures(u) };
    path = [subdistrict(e.parentId)].filter((x): x is UnitEntry => !!x).map((x) => ref('subdistrict', x));
    children = branchesOf(id).flatMap((b) => {
      const f = result.branches.get(b.id);
      return f ? [{ ...ref('branch', b), figures: unitFigures(f) }] : [];
    });
  } else if (level === 'branch') {
    const e = dir.branches.get(id) ?? missing();
    const u = result.branches.get(id) ?? missing();
    unit = { ...ref(level, e), figures: unitFigures(u) };
    const c = community(e.parentId);
    path = [subdistrict(c?.parentId ?? null), c].filter((x): x is UnitEntry => !!x).map((x, i) => ref(i === 0 ? 'subdistrict' : 'community', x));
    children = childBuildings((b) => b.branchId === id);
  } else if (level === 'neighbourhood') {
    const e = dir.neighbourhoods.get(id) ?? missing();
    const n = result.neighbourhoods.get(id) ?? missing();
    unit = { ...ref(level, e), figures: neighbourhoodFigures(n) };
    const c = community(e.parentId);
    path = [subdistrict(c?.parentId ?? null), c].filter((x): x is UnitEntry => !!x).map((x, i) => ref(i === 0 ? 'subdistrict' : 'community', x));
    children = childBuildings((b) => b.neighbourhoodId === id);
  } else {
    const e = dir.buildings.get(id) ?? missing();
    const b = result.buildings.get(id) ?? missing();
    unit = { ...ref(level, e), figures: buildingFigures(b) };
    const br = e.parentId === null ? undefined : dir.branches.get(e.parentId);
    const c = community(br?.parentId ?? null);
    path = [
      ...[subdistrict(c?.parentId ?? null)].filter((x): x is UnitEntry => !!x).map((x) => ref('subdistrict', x)),
      ...(c ? [ref('community', c)] : []),
      ...(br ? [ref('branch', br)] : []),
    ];
  }

  // Gaps inside the unit.
  const nearest = nearestMembers(snap);
  const gapNeighbourhoods: GapNeighbourhoodDto[] = [...result.neighbourhoods.values()]
    .filter((n) => n.gap)
    .filter((n) => {
      switch (level) {
        case 'subdistrict': return community(n.communityId)?.parentId === id;
        case 'community': return n.communityId === id;
        case 'branch': return n.branchIds.includes(id);
        case 'neighbourhood': return n.id === id;
        case 'building': return result.buildings.get(id)?.neighbourhoodId === n.id;
      }
    })
    .flatMap((n) => {
      const e = dir.neighbourhoods.get(n.id);
      return e ? [{ ...ref('neighbourhood', e), households: n.households, buildings: n.buildings, branchId: n.homeBranchId, nearestMembers: nearest(e.bbox) }] : [];
    });
  const gapBuildings: GapBuildingDto[] = [...result.buildings.values()]
    .filter((b) => b.state === 'gap' && inUnit(b))
    .flatMap((b) => {
      const e = dir.buildings.get(b.id);
      return e ? [{ ...ref('building', e), households: b.households, neighbourhoodId: b.neighbourhoodId, branchId: b.branchId }] : [];
    });

  const violations = [...snap.violations, ...topology].filter((v) => violationInUnit(v, snap, level, id)).flatMap((v) => {
    const e = v.level === 'branch' ? dir.branches.get(v.id) : v.level === 'community' ? dir.communities.get(v.id) : dir.leads.get(v.id);
    return e ? [{ ...v, name: e.name, bbox: v.bbox ?? e.bbox } satisfies ViolationDto] : [];
  });

  const unassignedBuildings = result.unassigned.filter((bid) => {
    const b = result.buildings.get(bid);
    return b ? inUnit(b) : false;
  }).length;

  return {
    unit, path, children,
    gaps: { neighbourhoods: inReadingOrder(gapNeighbourhoods), buildings: inReadingOrder(gapBuildings) },
    violations, unassignedBuildings, rules, dataVersion: snap.version,
  };
}

/** Whether a finding concerns the unit: its own, its children's, or a lead living in it. */
function violationInUnit(v: Violation, snap: CoverageSnapshot, level: CoverageLevel, id: number): boolean {
  const dir = snap.directory;
  const branchOf = (): number | null => {
    if (v.level === 'branch') return v.id;
    if (v.level === 'lead') {
      const lead = dir.leads.get(v.id);
      return lead?.parentId == null ? null : (dir.buildings.get(lead.parentId)?.parentId ?? null);
    }
    return null;
  };
  const communityOf = (): number | null => {
    if (v.level === 'community') return v.id;
    const b = branchOf();
    return b === null ? null : (dir.branches.get(b)?.parentId ?? null);
  };
  switch (level) {
    case 'subdistrict': {
      const c = communityOf();
      return c === null || dir.communities.get(c)?.parentId === id;
    }
    case 'community': return communityOf() === id;
    case 'branch': return branchOf() === id || (v.rule === 'grid_overlap' && v.otherId === id);
    case 'neighbourhood':
    case 'building': {
      if (v.level !== 'lead') return false;
      const lead = dir.leads.get(v.id);
      const building = lead?.parentId == null ? undefined : dir.buildings.get(lead.parentId);
      return level === 'building' ? building?.id === id : building?.neighbourhoodId === id;
    }
  }
}

interface Home {
  buildingId: number;
  address: string;
  at: [number, number];
  isLead: boolean;
}

/** Homes of active members per coverage model, built once and reused by every report. */
const homesByResult = new WeakMap<CoverageSnapshot['result'], Home[]>();

function homesOf(snap: CoverageSnapshot): Home[] {
  let homes = homesByResult.get(snap.result);
  if (!homes) {
    homes = [...snap.result.buildings.values()].filter((b) => b.residentMembers > 0).flatMap((b) => {
      const e = snap.directory.buildings.get(b.id);
      return e ? [{ buildingId: b.id, address: e.name, at: centre(e.bbox), isLead: b.leads > 0 }] : [];
    });
    homesByResult.set(snap.result, homes);
  }
  return homes;
}

/**
 * A function giving the homes of active members nearest a box's centre: one pass keeping the
 * best few, not a sort of every home per gap.
 */
function nearestMembers(snap: CoverageSnapshot): (bbox: BBox) => NearbyMember[] {
  const homes = homesOf(snap);
  return (bbox) => {
    const c = centre(bbox);
    const best: { h: Home; d: number }[] = [];
    for (const h of homes) {
      const d = distanceM(c, h.at);
      if (best.length === NEAREST_MEMBERS && d >= (best[best.length - 1]?.d ?? Infinity)) continue;
      let i = best.length;
      while (i > 0 && (best[i - 1]?.d ?? 0) > d) i--;
      best.splice(i, 0, { h, d });
      if (best.length > NEAREST_MEMBERS) best.pop();
    }
    return best.map(({ h, d }) => ({ buildingId: h.buildingId, address: h.address, distanceM: Math.round(d), isLead: h.isLead }));
  };
}
