/**
 * The classes of the coverage colour ramp: five steps of 20 percentage points. The map's
 * choropleth, its legend and the dashboard's bars all class a coverage figure here, so a grid
 * can never be one colour on the map and another in the panel.
 *
 * Edges: each class includes its lower edge and excludes its upper one (a grid at exactly 20 %
 * is in 20–40 %), except the top class, which also includes 100 %. This is how MapLibre's
 * `step` expression reads the same edges, so the map agrees without special cases.
 */

/** Inner class edges as coverage fractions (0..1), ascending. */
export const COVERAGE_CLASS_EDGES = [0.2, 0.4, 0.6, 0.8] as const;

/** How many classes the ramp has. */
export const COVERAGE_CLASS_COUNT = COVERAGE_CLASS_EDGES.length + 1;

/** One class of the ramp: coverage fractions `from`..`to`, and which ends belong to it. */
export interface CoverageClass {
  index: number;
  from: number;
  to: number;
  includesFrom: boolean;
  includesTo: boolean;
}

/** Every class, lowest first. */
export function coverageClasses(): CoverageClass[] {
  const bounds: number[] = [0, ...COVERAGE_CLASS_EDGES, 1];
  return bounds.slice(1).map((to, index) => ({
    index,
    from: bounds[index] ?? 0,
    to,
    includesFrom: true,
    includesTo: index === COVERAGE_CLASS_EDGES.length,
  }));
}

/**
 * The class index (0 = lowest) of a coverage fraction, or null when there is none to class:
 * no households (null), or not a number. Figures outside 0..1 fall into the end classes.
 */
export function coverageClassOf(coverage: number | null | undefined): number | null {
  if (coverage === null || coverage === undefined || Number.isNaN(coverage)) return null;
  let index = 0;
  for (const edge of COVERAGE_CLASS_EDGES) if (coverage >= edge) index++;
  return index;
}
