/**
 * The places of one sub-district: its boundary, communities, grid branches, neighbourhoods,
 * buildings, streets and water, laid out on a street lattice.
 */
import type { Polygon } from 'geojson';
import type { PartyOrgLevel } from '../../shared/model';
import { layoutBlock, type BlockLayout, type Slot } from './blocks';
import type { DatasetBuilder } from './builder';
import { BASE_VALID_FROM, planBuildings } from './buildings';
import type { SubdistrictFigures } from './figures';
import { meanPoint, toPolygon, type Projection, type XY } from './geo';
import { generateLattice, type Cell, type Lattice } from './lattice';
import { branchName, NeighbourhoodNamer, type StreetName } from './names';
import { northernmostLat, readingOrder } from './ordering';
import { cellOutline } from './outline';
import { allocateGridCounts, groupIntoGrids, partitionCommunities, pickContiguousAreas } from './partition';
import type { Random } from './random';
import { planStreets, streetRoads, westernBay, type StreetPlan } from './streets';

export interface PlaceSpec {
  code: string;
  name: string;
  nameEn: string;
  /** Centre of the sub-district on the local plane (m). */
  centre: XY;
  /** Direction of the row streets, radians counter-clockwise from east. */
  rotation: number;
  /** Whether the bay lies to the west. */
  coast: boolean;
  /** Names for the street lines, at least `cols + rows + 2` of them. */
  streetNames: readonly StreetName[];
  figures: SubdistrictFigures;
}

/** What the people generator needs to know about a building. */
export interface BuildingInfo {
  id: number;
  branchId: number;
  communityId: number;
  neighbourhoodId: number | null;
  households: number;
  slated: boolean;
  centre: XY;
  footprint: XY[];
}

/** Lattice size: about two lattice cells per grid at demo figures. */
export const LATTICE_COLS = 14;
export const LATTICE_ROWS = 12;

/** Share of cells in the old areas slated for demolition. */
const SLATED_CELL_SHARE = 0.27;

/** A few blocks have less room than asked for, which loses about 1% of households: aim that much higher. */
const SHORTFALL_ALLOWANCE = 1.01;

/**
 * Households per grid: most between 300 and 420, a few below 300 or above 500 (so the rule
 * check has something to show), then scaled so they sum to `total` (plus the shortfall allowance).
 */
function gridTargets(random: Random, count: number, total: number): number[] {
  const raw = Array.from({ length: count }, () => {
    const r = random.next();
    if (r < 0.05) return random.range(230, 290);
    if (r < 0.1) return random.range(515, 570);
    return random.range(300, 420);
  });
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map((x) => (x * total * SHORTFALL_ALLOWANCE) / sum);
}

/** The street name a cell's shops and courtyards are numbered on: its south or north street. */
function frontStreet(plan: StreetPlan, cell: Cell, side: 'south' | 'north'): StreetName {
  return (plan.rows[side === 'south' ? cell.j : cell.j + 1] as StreetPlan['rows'][number]).name;
}

/** A community's name: the first not-yet-used street bordering it. */
function communityStreet(plan: StreetPlan, cells: readonly Cell[], used: Set<string>): StreetName {
  const lines = cells.flatMap((c) => [plan.rows[c.j], plan.rows[c.j + 1], plan.cols[c.i], plan.cols[c.i + 1]]);
  const counts = new Map<string, { name: StreetName; n: number }>();
  for (const line of lines) {
    if (!line) continue;
    const entry = counts.get(line.name.zh) ?? { name: line.name, n: 0 };
    entry.n++;
    counts.set(line.name.zh, entry);
  }
  // Plain code-point order on ties: locale-aware comparison could differ between machines.
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n || (a.name.zh < b.name.zh ? -1 : a.name.zh > b.name.zh ? 1 : 0));
  const pick = (ranked.find((e) => !used.has(e.name.zh)) ?? ranked[0]) as { name: StreetName };
  used.add(pick.name.zh);
  return pick.name;
}

/** What laying out blocks needs throughout one sub-district. */
interface BlockContext {
  builder: DatasetBuilder;
  random: Random;
  proj: Projection;
  plan: StreetPlan;
  namer: NeighbourhoodNamer;
  slatedCells: Set<number>;
  /** Last house number handed out on each street. */
  numbers: Map<string, number>;
}

/** A grid before its blocks are laid out. */
interface GridPlan {
  branchId: number;
  communityId: number;
  cells: Cell[];
}

/** Lays out the blocks of one grid's cells and records their neighbourhoods and buildings. */
function buildGrid(ctx: BlockContext, grid: GridPlan & { targetHouseholds: number }, out: BuildingInfo[]): void {
  const { builder, random, proj, plan, namer } = ctx;
  const gridArea = grid.cells.reduce((s, c) => s + c.area, 0);
  const nextNumber = (street: string): number => {
    const n = (ctx.numbers.get(street) ?? 0) + random.int(1, 3);
    ctx.numbers.set(street, n);
    return n;
  };
  for (const cell of grid.cells) {
    const slated = ctx.slatedCells.has(cell.index);
    const courtyard = slated ? random.chance(0.8) : random.chance(0.1);
    const southKind = plan.rows[cell.j]?.kind;
    const frontage = random.chance(0.55) ? (southKind === 'residential' ? 'north' : 'south') : null;
    const setbacks = {
      south: (plan.rows[cell.j] as StreetPlan['rows'][number]).setback,
      north: (plan.rows[cell.j + 1] as StreetPlan['rows'][number]).setback,
      west: (plan.cols[cell.i] as StreetPlan['cols'][number]).setback,
      east: (plan.cols[cell.i + 1] as StreetPlan['cols'][number]).setback,
    };
    const targetHouseholds = (grid.targetHouseholds * cell.area) / gridArea;
    const layout = layoutBlock(random, cell.quad, { setbacks, courtyard, frontage, targetHouseholds });
    const planned = planBuildings(random, layout.slots, { targetHouseholds, slated });
    const street = frontStreet(plan, cell, frontage ?? 'south');
    const nbIds = new Map<number, { id: number; name: string; count: number }>();
    for (const p of planned) {
      const index = p.slot.neighbourhood;
      let address: string;
      let neighbourhoodId: number | null = null;
      if (index === null) {
        address = `${street.zh}${nextNumber(street.zh)}号`;
      } else {
        let nb = nbIds.get(index);
        if (!nb) {
          const spec = layout.neighbourhoods[index] as BlockLayout['neighbourhoods'][number];
          const name = spec.courtyard ? namer.courtyard(street, nextNumber(street.zh)) : namer.estate(street);
          const row = builder.add('neighbourhoods', { communityId: grid.communityId, name, kind: spec.courtyard ? 'louyuan' : 'xiaoqu', polygon: toPolygon(spec.quad, proj) });
          nb = { id: row.id, name, count: 0 };
          nbIds.set(index, nb);
        }
        nb.count++;
        address = `${nb.name}${nb.count}号楼`;
        neighbourhoodId = nb.id;
      }
      const building = builder.add('buildings', {
        neighbourhoodId,
        branchId: grid.branchId,
        address,
        floors: p.floors,
        households: p.households,
        residents: p.residents,
        use: p.use,
        status: p.status,
        footprint: toPolygon(p.slot.footprint, proj),
        validFrom: p.validFrom,
        validTo: null,
      });
      out.push(buildingInfo(building.id, grid, neighbourhoodId, p.households, slated, p.slot));
    }
  }
}

function buildingInfo(id: number, grid: GridPlan, neighbourhoodId: number | null, households: number, slated: boolean, slot: Slot): BuildingInfo {
  return { id, branchId: grid.branchId, communityId: grid.communityId, neighbourhoodId, households, slated, centre: meanPoint(slot.footprint), footprint: slot.footprint };
}

/** The level each community's Party organisation is recorded at: a committee, with one left at general branch (a mismatch for the rule check). */
function orgLevel(index: number, mismatch: number): PartyOrgLevel {
  return index === mismatch ? 'general_branch' : 'committee';
}

/**
 * Generates the places of one sub-district into `builder` and returns what the people
 * generator needs about its buildings.
 */
export function generatePlaces(builder: DatasetBuilder, random: Random, spec: PlaceSpec, proj: Projection): BuildingInfo[] {
  const { figures } = spec;
  const lattice: Lattice = generateLattice(random.fork(), { cols: LATTICE_COLS, rows: LATTICE_ROWS, targetArea: figures.areaM2, rotation: spec.rotation, centre: spec.centre });
  const plan = planStreets(random.fork(), lattice, spec.streetNames);
  const outline = (cells: readonly Cell[]): Polygon => {
    const ring = cellOutline(cells);
    if (!ring) throw new Error('cells do not form a simple polygon');
    return toPolygon(ring.map((v) => lattice.vertices[v] as XY), proj);
  };
  const boundary = outline(lattice.cells);
  const subdistrict = builder.add('subdistricts', { code: spec.code, name: spec.name, nameEn: spec.nameEn, boundary });
  const parts = partitionCommunities(random.fork(), lattice, figures.communities, 10);
  const gridCounts = allocateGridCounts(parts.map((p) => p.length), figures.branches);
  const slatedCells = pickContiguousAreas(random.fork(), lattice, 3, Math.round(lattice.cells.length * SLATED_CELL_SHARE));
  const partPolygons = parts.map(outline);
  const usedNames = new Set<string>();
  const mismatch = random.int(0, parts.length - 1);
  const grids: GridPlan[] = [];
  readingOrder(partPolygons, northernmostLat(boundary)).forEach((k, seq) => {
    const cells = parts[k] as Cell[];
    const street = communityStreet(plan, cells, usedNames);
    const community = builder.add('communities', {
      subdistrictId: subdistrict.id,
      code: `${spec.code}${String(seq + 1).padStart(3, '0')}`,
      name: `${street.zh}社区`,
      nameEn: `${street.en} Community`,
      boundary: partPolygons[k] as Polygon,
      partyOrgLevel: orgLevel(seq, mismatch),
    });
    const groups = groupIntoGrids(random, lattice, cells, gridCounts[k] as number);
    const polygons = groups.map(outline);
    readingOrder(polygons, northernmostLat(partPolygons[k] as Polygon)).forEach((g, gseq) => {
      const branch = builder.add('branches', {
        communityId: community.id,
        code: `${community.code}${String(gseq + 1).padStart(2, '0')}`,
        name: branchName(community.name, gseq + 1),
        secretaryMemberId: null,
        polygon: polygons[g] as Polygon,
        validFrom: BASE_VALID_FROM,
        validTo: null,
      });
      grids.push({ branchId: branch.id, communityId: community.id, cells: groups[g] as Cell[] });
    });
  });
  const targets = gridTargets(random, grids.length, figures.households);
  const ctx: BlockContext = { builder, random, proj, plan, namer: new NeighbourhoodNamer(random), slatedCells, numbers: new Map<string, number>() };
  const buildings: BuildingInfo[] = [];
  grids.forEach((grid, k) => buildGrid(ctx, { ...grid, targetHouseholds: targets[k] as number }, buildings));
  for (const road of streetRoads(lattice, plan, proj)) builder.add('roads', road);
  if (spec.coast) builder.add('water', westernBay(random, lattice, proj, '胶州湾'));
  return buildings;
}
