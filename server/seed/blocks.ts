/**
 * Layout of one city block: the block inset from its streets, a row of street-front shops,
 * neighbourhood compounds, and building footprints inside them.
 *
 * Everything is placed in the cell's bilinear parameter space (see `subQuad`): parts that are
 * nested or disjoint there are nested or disjoint on the ground, so neighbourhoods stay inside
 * their block and footprints inside their neighbourhood without overlapping, whatever the
 * cell's irregular shape. Footprints are true rectangles fitted inside their slot.
 */
import { bilinear, distance, insideConvex, rectangle, subQuad, type Quad, type XY } from './geo';
import type { Random } from './random';

/** A quad with its approximate side lengths (m): `width` along rows, `height` across. */
interface Frame {
  quad: Quad;
  width: number;
  height: number;
}

/** What a footprint slot is for. */
export type SlotKind = 'walkup' | 'courtyard' | 'frontage';

/** A building footprint and what it may become. */
export interface Slot {
  kind: SlotKind;
  /** Index into `BlockLayout.neighbourhoods`, or null for street-front buildings. */
  neighbourhood: number | null;
  /** Counter-clockwise rectangle, metres. */
  footprint: XY[];
  /** Long and short sides of the footprint, m. */
  length: number;
  depth: number;
}

export interface BlockLayout {
  block: Quad;
  neighbourhoods: Array<{ quad: Quad; courtyard: boolean }>;
  slots: Slot[];
}

/** Half of each bounding street's width plus pavement (m): the block is inset by these. */
export interface StreetSetbacks {
  south: number;
  north: number;
  west: number;
  east: number;
}

export interface BlockOptions {
  setbacks: StreetSetbacks;
  /** Old courtyard compounds (里院) rather than walk-up estates. */
  courtyard: boolean;
  /** Which side, if any, has a row of street-front shops. */
  frontage: 'south' | 'north' | null;
  /** Households the block should hold; spacing of walk-up rows tightens to make room. */
  targetHouseholds: number;
}

function frame(quad: Quad): Frame {
  const [a, b, c, d] = quad;
  return { quad, width: (distance(a, b) + distance(d, c)) / 2, height: (distance(a, d) + distance(b, c)) / 2 };
}

/** The part of `f` from `x0` to `x1` m along its width and `y0` to `y1` m across it. */
function part(f: Frame, x0: number, x1: number, y0: number, y1: number): Frame {
  const clamp = (v: number): number => Math.min(1, Math.max(0, v));
  return frame(subQuad(f.quad, clamp(x0 / f.width), clamp(x1 / f.width), clamp(y0 / f.height), clamp(y1 / f.height)));
}

/** Shrink factors (length, depth) to try, largest area first; depth never below 80%. */
const FIT_FACTORS: Array<[number, number]> = [0.97, 0.94, 0.91, 0.88, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6]
  .flatMap((kl) => [0.97, 0.95, 0.93, 0.9, 0.85, 0.8].map((kd): [number, number] => [kl, kd]))
  .sort((a, b) => b[0] * b[1] - a[0] * a[1] || b[1] - a[1]);

/**
 * The largest rectangle centred in the slot, along the slot's rows, with every corner at least
 * 0.2 m inside it; null when nothing of at least 60% × 80% of the slot fits.
 */
function fitRectangle(slot: Frame, random: Random): { footprint: XY[]; length: number; depth: number } | null {
  const centre = bilinear(slot.quad, 0.5, 0.5);
  const west = bilinear(slot.quad, 0, 0.5);
  const east = bilinear(slot.quad, 1, 0.5);
  // A slight wobble so footprints are not all perfectly parallel to the street.
  const angle = Math.atan2(east[1] - west[1], east[0] - west[0]) + random.range(-0.012, 0.012);
  for (const [kl, kd] of FIT_FACTORS) {
    const length = slot.width * kl;
    const depth = slot.height * kd;
    const footprint = rectangle(centre, angle, length, depth);
    if (footprint.every((p) => insideConvex(p, slot.quad, 0.2))) return { footprint, length, depth };
  }
  return null;
}

/** Splits `total` m into pieces of `min`–`max` m separated by gaps of `gapMin`–`gapMax` m. */
function splitRun(random: Random, total: number, min: number, max: number, gapMin: number, gapMax: number): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let x = random.range(0, 3);
  while (total - x >= min) {
    let length = Math.min(random.range(min, max), total - x);
    const gap = random.range(gapMin, gapMax);
    if (total - x - length - gap < min && total - x <= max) length = total - x;
    pieces.push([x, x + length]);
    x += length + gap;
  }
  return pieces;
}

/** Street-front shops along one long side of the block. */
function frontageSlots(random: Random, block: Frame, side: 'south' | 'north'): Slot[] {
  const depth = random.range(9, 12);
  const strip = side === 'south' ? part(block, 0, block.width, 0, depth) : part(block, 0, block.width, block.height - depth, block.height);
  const slots: Slot[] = [];
  for (const [x0, x1] of splitRun(random, strip.width, 12, 26, 2, 5)) {
    const fitted = fitRectangle(part(strip, x0, x1, 0, strip.height), random);
    if (fitted) slots.push({ kind: 'frontage', neighbourhood: null, ...fitted });
  }
  return slots;
}

/** Walk-up rows inside one estate, rows `gap` m apart. */
function walkupSlots(random: Random, nb: Frame, index: number, gap: number): Slot[] {
  const depth = random.range(10.5, 14.5);
  const rows = Math.max(1, Math.floor((nb.height + gap) / (depth + gap)));
  const slack = Math.max(0, nb.height - rows * depth - (rows - 1) * gap);
  const slots: Slot[] = [];
  for (let r = 0; r < rows; r++) {
    const y0 = slack / 2 + r * (depth + gap);
    for (const [x0, x1] of splitRun(random, nb.width, 32, 70, 6, 12)) {
      const fitted = fitRectangle(part(nb, x0, x1, y0, Math.min(nb.height, y0 + depth)), random);
      if (fitted) slots.push({ kind: 'walkup', neighbourhood: index, ...fitted });
    }
  }
  return slots;
}

/** The wings of an old courtyard compound: north and south ranges, and west and east ones between them. */
function courtyardSlots(random: Random, nb: Frame, index: number): Slot[] {
  const d = random.range(9, 12);
  const pieces: Frame[] = [];
  for (const [x0, x1] of splitRun(random, nb.width - 2, 20, 60, 2, 4)) {
    pieces.push(part(nb, x0 + 1, x1 + 1, 0, d), part(nb, x0 + 1, x1 + 1, nb.height - d, nb.height));
  }
  const sideLength = nb.height - 2 * d - 4;
  if (sideLength >= 12 && nb.width >= 2 * d + 12) {
    pieces.push(part(nb, 0, d, d + 2, d + 2 + sideLength), part(nb, nb.width - d, nb.width, d + 2, d + 2 + sideLength));
  }
  const slots: Slot[] = [];
  for (const piece of pieces) {
    const fitted = fitRectangle(piece, random);
    if (fitted) slots.push({ kind: 'courtyard', neighbourhood: index, ...fitted });
  }
  return slots;
}

/** Rough household capacity of walk-up slots (6 floors, two flats per 12 m stair per floor). */
function walkupCapacity(slots: readonly Slot[]): number {
  return slots.reduce((sum, s) => sum + (s.kind === 'walkup' ? Math.min(72, Math.max(1, Math.round(s.length / 12)) * 12) : 0), 0);
}

/** Compounds side by side across the block, `rows` deep, clear of the shops and 3 m from the edge. */
function compoundFrames(block: Frame, frontage: BlockOptions['frontage'], columns: number, rows: number): Frame[] {
  const lane = 6;
  const y0 = frontage === 'south' ? 15 : 3;
  const y1 = block.height - (frontage === 'north' ? 15 : 3);
  const width = (block.width - 6 - lane * (columns - 1)) / columns;
  const height = (y1 - y0 - lane * (rows - 1)) / rows;
  const frames: Frame[] = [];
  for (let r = 0; r < rows; r++) {
    for (let k = 0; k < columns; k++) {
      const x = 3 + k * (width + lane);
      const y = y0 + r * (height + lane);
      frames.push(part(block, x, x + width, y, y + height));
    }
  }
  return frames;
}

/** Old courtyard compounds (里院) of about 50 m a side, with their wings. */
function courtyardLayout(random: Random, block: Frame, frontage: BlockOptions['frontage']): { frames: Frame[]; slots: Slot[] } {
  const columns = Math.max(1, Math.round(block.width / 50));
  const rows = block.height > 85 ? 2 : 1;
  const frames = compoundFrames(block, frontage, columns, rows);
  return { frames, slots: frames.flatMap((nb, k) => courtyardSlots(random, nb, k)) };
}

/**
 * Walk-up estates: rows as far apart as daylight rules like, closer when the block must hold
 * more, and without the shops when even the closest rows are not enough.
 */
function estateLayout(random: Random, block: Frame, options: BlockOptions): { frames: Frame[]; slots: Slot[]; frontage: BlockOptions['frontage'] } {
  const columns = block.width > 120 ? 3 : block.width > 80 && random.chance(0.6) ? 2 : 1;
  let best = { frames: [] as Frame[], slots: [] as Slot[], frontage: options.frontage };
  for (const frontage of options.frontage ? [options.frontage, null] : [null]) {
    const frames = compoundFrames(block, frontage, columns, 1);
    for (const gap of [22, 18, 14, 11, 9]) {
      const trial = random.fork();
      const slots = frames.flatMap((nb, k) => walkupSlots(trial, nb, k, gap));
      best = { frames, slots, frontage };
      if (walkupCapacity(slots) >= options.targetHouseholds * 1.1) return best;
    }
  }
  return best;
}

/** Lays out the block of a lattice cell (`cell` is the cell's quad, street centre lines). */
export function layoutBlock(random: Random, cell: Quad, options: BlockOptions): BlockLayout {
  const cellFrame = frame(cell);
  const { setbacks } = options;
  const block = part(cellFrame, setbacks.west, cellFrame.width - setbacks.east, setbacks.south, cellFrame.height - setbacks.north);
  const layout = options.courtyard ? { ...courtyardLayout(random, block, options.frontage), frontage: options.frontage } : estateLayout(random, block, options);
  const shops = layout.frontage ? frontageSlots(random, block, layout.frontage) : [];
  return {
    block: block.quad,
    neighbourhoods: layout.frames.map((f) => ({ quad: f.quad, courtyard: options.courtyard })),
    slots: [...shops, ...layout.slots],
  };
}
