/**
 * GeoJSON the planner's map draws, built from the store (pure): the current grids with their
 * colour and lock, and a label for each branch the plan founds at the middle of its buildings.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { BranchProps } from '../../../../shared/api';
import type { AreaGeometry } from '../../../../shared/model';
import type { PlanAnalysis } from '../../../../shared/planner/evaluate';
import type { PreparedBase } from '../../../../shared/planner/prepare';
import { targetColour } from '../colours';

export interface GridProps {
  id: number;
  code: string;
  name: string;
  fill: string;
  locked: boolean;
}

/** The current grids with their planner colour and whether they are locked. */
export function gridFeatures(branches: FeatureCollection<AreaGeometry, BranchProps>, p: PreparedBase, colours: ReadonlyMap<number, string>): FeatureCollection<AreaGeometry, GridProps> {
  return {
    type: 'FeatureCollection',
    features: branches.features.map((f) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: { id: f.properties.id, code: f.properties.code, name: f.properties.name, fill: colours.get(f.properties.id) ?? '#999999', locked: Boolean(p.branches.get(f.properties.id)?.lock) },
    })),
  };
}

/**
 * One point per new branch that has buildings after the plan: the mean of their points,
 * `[lng, lat]`, labelled with its name and, once a preview has predicted it, its code.
 */
export function newBranchLabels(
  p: PreparedBase, analysis: PlanAnalysis, colours: ReadonlyMap<number, string>, suffix: string, codes: ReadonlyMap<string, string> = new Map(),
): FeatureCollection<Point, { label: string; fill: string }> {
  const features: Feature<Point, { label: string; fill: string }>[] = [];
  for (const created of analysis.folded.created.values()) {
    let n = 0;
    let lng = 0;
    let lat = 0;
    for (const [id, { to }] of analysis.folded.targets) {
      const b = p.buildings.get(id);
      if (to !== created.key || !b) continue;
      n += 1;
      lng += b.at[0];
      lat += b.at[1];
    }
    if (n === 0) continue;
    const name = analysis.folded.renames.get(created.key)?.name ?? created.name;
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [lng / n, lat / n] }, properties: { label: codes.has(created.key) ? `${name}${suffix}\n${codes.get(created.key)}` : `${name}${suffix}`, fill: targetColour(colours, created.key) } });
  }
  return { type: 'FeatureCollection', features };
}
