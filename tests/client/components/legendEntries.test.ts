import { describe, expect, it } from 'vitest';
import { legendEntries } from '../../../client/src/components/legendEntries';
import { THEMATIC_LAYERS } from '../../../client/src/layers';

const labels = (mode: 'coverage' | 'grid' | 'freshness', layer: string) => legendEntries(mode).find((e) => e.layer === layer)?.categories.map((c) => c.label) ?? [];

describe('legendEntries', () => {
  it('lists every thematic layer in both modes, in the same order', () => {
    expect(legendEntries('coverage').map((e) => e.layer)).toEqual([...THEMATIC_LAYERS]);
    expect(legendEntries('grid').map((e) => e.layer)).toEqual([...THEMATIC_LAYERS]);
  });

  it('puts the coverage ramp under the grids and the coverage states under the buildings in coverage mode', () => {
    expect(legendEntries('coverage').find((e) => e.layer === 'branches')?.ramp).toBe(true);
    expect(labels('coverage', 'buildings')).toEqual([
      'coverage.state.covered',
      'coverage.state.partly_covered',
      'coverage.state.resident_only',
      'coverage.state.gap',
      'coverage.state.no_households',
      'building.status.slated_demolition',
    ]);
  });

  it('shows building uses and compound kinds in grid mode, and gap neighbourhoods in both', () => {
    expect(legendEntries('grid').find((e) => e.layer === 'branches')?.ramp).toBeFalsy();
    expect(labels('grid', 'buildings')).toContain('building.use.shop');
    expect(labels('grid', 'neighbourhoods')).toEqual(['neighbourhood.kind.xiaoqu', 'neighbourhood.kind.louyuan', 'legend.gap']);
    expect(labels('coverage', 'neighbourhoods')).toEqual(['legend.gap']);
  });

  it('shows the verification classes with their months in freshness mode, and no ramp', () => {
    const buildings = legendEntries('freshness', { stale: 2, lost: 5 }).find((e) => e.layer === 'buildings');
    expect(buildings?.categories.map((c) => c.label)).toEqual(['freshness.fresh', 'freshness.stale', 'freshness.lost', 'freshness.never']);
    expect(buildings?.categories[1]?.vars).toEqual({ stale: 2, lost: 5 });
    expect(legendEntries('freshness').some((e) => e.ramp)).toBe(false);
    expect(labels('freshness', 'neighbourhoods')).toEqual(['legend.gap']);
  });
});
