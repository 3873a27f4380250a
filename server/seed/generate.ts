/**
 * The deterministic demo dataset: a sub-district modelled on the published figures of Jimo
 * Road sub-district (即墨路街道), Qingdao, at its real location, or, at district scale, 14
 * such sub-districts side by side (about 1,100 grids and 400,000 households) for benchmarks.
 *
 * Deterministic: the same options give the same dataset, deep-equal, every run. Its dates
 * stand before `today` (by default the current day where the users are) as they stood
 * before the reference day they were written against (see shift.ts).
 * IDs are sequential per table from 1 and consistent across references.
 */
import type { Dataset } from '../../shared/model';
import { DatasetBuilder } from './builder';
import { JIMO_ROAD, JIMO_ROAD_CENTRE, JIMO_ROAD_NAMES } from './figures';
import { projection, type Projection } from './geo';
import { planLeads } from './leads';
import { generateMembers } from './members';
import { STREET_NAMES } from './names';
import { placeMembers } from './placement';
import { generatePlaces, type PlaceSpec } from './places';
import { Random } from './random';
import { appointLiaisons, appointSecretaries } from './roles';
import { daysSinceReference, seedToday, shiftDataset } from './shift';

export interface GenerateOptions {
  /** `demo`: one sub-district; `district`: `DISTRICT_SUBDISTRICTS` of them. */
  scale: 'demo' | 'district';
  /** Any integer; `DEFAULT_SEED` when left out. */
  seed?: number;
  /** Households a household-lead is linked to (the "1+10" practice); 10 when left out. */
  linksPerLead?: number;
  /** The day (YYYY-MM-DD) the data is generated for; today in GRIDMAP_TIMEZONE (Asia/Shanghai) when left out. */
  today?: string;
}

export const DEFAULT_SEED = 20_260_701;
export const DEFAULT_LINKS_PER_LEAD = 10;
/** Sub-districts at district scale: 14 × 78 ≈ 1,100 grids, as Tianjin's Hedong district runs. */
export const DISTRICT_SUBDISTRICTS = 14;
/** Sub-districts per row at district scale, and their spacing (m) east and north. */
const DISTRICT_COLUMNS = 7;
const DISTRICT_SPACING: [number, number] = [2_600, 2_500];
/** Households of the whole district; sub-districts after the first share what Jimo Road leaves. */
const DISTRICT_HOUSEHOLDS = 400_000;
/** Row streets of the demo run about 16° north of east. */
const DEMO_ROTATION = 0.28;

/**
 * The place spec of sub-district `k`: 0 is Jimo Road itself (the demo); others sit east and
 * north of it, named after other streets, with codes 370203021 onward.
 */
function subdistrictSpec(k: number, seed: number): PlaceSpec {
  if (k === 0) {
    return { ...JIMO_ROAD_NAMES, centre: [0, 0], rotation: DEMO_ROTATION, coast: true, streetNames: STREET_NAMES, figures: JIMO_ROAD };
  }
  const random = new Random(seed ^ (k * 0x9e3779b1));
  const namesake = STREET_NAMES[20 + k * 5] ?? STREET_NAMES[k];
  if (!namesake) throw new Error(`no street name for sub-district ${k}`);
  return {
    code: `370203${String(20 + k).padStart(3, '0')}`,
    name: `${namesake.zh}街道`,
    nameEn: `${namesake.en} Sub-district`,
    centre: [(k % DISTRICT_COLUMNS) * DISTRICT_SPACING[0], Math.floor(k / DISTRICT_COLUMNS) * DISTRICT_SPACING[1]],
    rotation: random.range(0.1, 0.45),
    coast: false,
    streetNames: random.shuffle([...STREET_NAMES]),
    figures: { ...JIMO_ROAD, households: Math.round((DISTRICT_HOUSEHOLDS - JIMO_ROAD.households) / (DISTRICT_SUBDISTRICTS - 1)) },
  };
}

/** Generates one sub-district, places and people, into `builder`. */
function generateSubdistrict(builder: DatasetBuilder, random: Random, spec: PlaceSpec, proj: Projection, linksPerLead: number): void {
  const firstBranch = builder.nextId('branches') - 1;
  // Separate streams per stage, so changing how people are drawn leaves the map as it was.
  const placesRandom = random.fork();
  const peopleRandom = random.fork();
  const rolesRandom = random.fork();
  const buildings = generatePlaces(builder, placesRandom, spec, proj);
  const placements = placeMembers(peopleRandom, buildings, { total: spec.figures.members, shareSlated: spec.figures.shareSlated });
  const members = generateMembers(peopleRandom, placements, spec.figures, builder.nextId('members')).map((m) => builder.add('members', m));
  appointSecretaries(rolesRandom, builder.data.branches.slice(firstBranch), members);
  for (const lead of planLeads(rolesRandom, buildings, members, linksPerLead, proj)) builder.add('leads', lead);
  for (const liaison of appointLiaisons(rolesRandom, members, buildings)) builder.add('liaisons', liaison);
}

/**
 * Generates the demo sub-district (`scale: 'demo'`) or a whole district for benchmarks
 * (`scale: 'district'`), deterministically from `seed`. At district scale the first
 * sub-district is the demo one, identical to it.
 */
export function generateDataset(options: GenerateOptions): Dataset {
  const shift = daysSinceReference(options.today ?? seedToday());
  const seed = options.seed ?? DEFAULT_SEED;
  const linksPerLead = options.linksPerLead ?? DEFAULT_LINKS_PER_LEAD;
  const count = options.scale === 'district' ? DISTRICT_SUBDISTRICTS : 1;
  const builder = new DatasetBuilder();
  const proj = projection(JIMO_ROAD_CENTRE);
  for (let k = 0; k < count; k++) {
    generateSubdistrict(builder, new Random(seed + k * 7919), subdistrictSpec(k, seed), proj, linksPerLead);
  }
  return shiftDataset(builder.data, shift);
}
