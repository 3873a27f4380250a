import { Color, createExpression, latest, validateStyleMin, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { coverageClassOf } from '../../../../shared/dashboard/coverage-classes';
import { allLayersVisible } from '../../../../client/src/layers';
import { PALETTE } from '../../../../client/src/map/palette';
import { FOCUS_LAYERS, GAP_CURRENT_LAYER, buildStyle, modePaint } from '../../../../client/src/map/style';
import { buildingFreshnessColor, buildingStateColor, coverageColor } from '../../../../client/src/map/style/colourModes';
import { freshness } from '../../../../shared/freshness';
import { freshnessCutoffs } from '../../../../shared/freshness-cutoffs';
import { DEFAULT_RULES } from '../../../../shared/rules/config';
import { IS_GAP } from '../../../../client/src/map/style/dashboard';

const base = { dataVersion: 1, locale: 'zh-CN' as const, visible: allLayersVisible(), bbox: null };

/** Evaluates a data-driven fill colour for one feature's properties, as MapLibre would, as a hex string. */
function colourFor(expression: unknown, properties: Record<string, unknown>, zoom = 15): string {
  const parsed = createExpression(expression, 'fill-color', latest.paint_fill['fill-color'] as StylePropertySpecification);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  const c = parsed.value.evaluate({ zoom }, { type: 'Polygon', properties } as never) as Color;
  const hex = (v: number) => Math.round(v * 255).toString(16).padStart(2, '0');
  return `#${hex(c.r)}${hex(c.g)}${hex(c.b)}`;
}

function truthy(expression: unknown, properties: Record<string, unknown>): boolean {
  const spec: StylePropertySpecification = { type: 'boolean', 'property-type': 'data-driven', expression: { interpolated: false, parameters: ['zoom', 'feature'] }, transition: false };
  const parsed = createExpression(expression, 'filter', spec);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom: 15 }, { type: 'Polygon', properties } as never) === true;
}

describe('coverage choropleth colour', () => {
  it('gives each coverage the ramp colour of its shared class, edges included', () => {
    for (const coverage of [0, 0.05, 0.1999, 0.2, 0.35, 0.4, 0.59, 0.6, 0.8, 0.95, 1]) {
      const cls = coverageClassOf(coverage) ?? -1;
      expect(colourFor(coverageColor(), { coverage }), String(coverage)).toBe(PALETTE.coverageRamp[cls]);
    }
  });

  it('is grey for a grid without households (tiles leave the property out)', () => {
    expect(colourFor(coverageColor(), {})).toBe(PALETTE.coverageNone);
    expect(colourFor(coverageColor(), { coverage: null })).toBe(PALETTE.coverageNone);
  });

  it('has five distinct ramp colours, lightest first', () => {
    expect(new Set(PALETTE.coverageRamp).size).toBe(5);
    const lightness = PALETTE.coverageRamp.map((hex) => {
      const n = Number.parseInt(hex.slice(1), 16);
      return 0.2126 * ((n >> 16) & 255) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255);
    });
    for (let i = 1; i < lightness.length; i++) expect(lightness[i]).toBeLessThan(lightness[i - 1] ?? 0);
  });
});

describe('colour modes', () => {
  it('colour grids by coverage in coverage mode and by hue in grid mode', () => {
    const coverage = modePaint('coverage')['branch-fill']['fill-color'];
    const grid = modePaint('grid')['branch-fill']['fill-color'];
    expect(colourFor(coverage, { id: 1, coverage: 0.9 })).toBe(PALETTE.coverageRamp[4]);
    expect(colourFor(grid, { id: 1, coverage: 0.9 })).toBe(PALETTE.branchFills[1]);
  });

  it('colour buildings by coverage state only from street zoom', () => {
    const fill = modePaint('coverage')['building-fill']['fill-color'];
    expect(colourFor(fill, { coverageState: 'covered' }, 17)).toBe(PALETTE.buildingCovered);
    expect(colourFor(fill, { coverageState: 'gap' }, 17)).toBe(PALETTE.buildingGap);
    expect(colourFor(fill, { coverageState: 'covered' }, 15)).toBe(PALETTE.buildingQuiet);
    expect(colourFor(buildingStateColor(), { coverageState: 'no_households' })).toBe(PALETTE.buildingNoHouseholds);
  });

  it('build valid styles in every mode', () => {
    const freshness = freshnessCutoffs('2026-11-22', DEFAULT_RULES);
    for (const colourMode of ['coverage', 'grid', 'freshness'] as const) {
      expect(validateStyleMin(buildStyle({ ...base, colourMode, freshness })).map((e) => e.message)).toEqual([]);
    }
  });

  it('colour buildings by the age of their verification exactly as freshness() classes it, at any zoom', () => {
    const today = '2026-11-22';
    const cutoffs = freshnessCutoffs(today, DEFAULT_RULES);
    const fill = modePaint('freshness', cutoffs)['building-fill']['fill-color'];
    for (const day of ['2026-11-22', '2026-08-23', '2026-08-22', '2026-05-23', '2026-05-22', '2019-01-01']) {
      expect(colourFor(fill, { verifiedOn: day }, 14), day).toBe(PALETTE.freshness[freshness(day, today, DEFAULT_RULES)]);
    }
    // Tiles leave a never-verified building's null out.
    expect(colourFor(buildingFreshnessColor(cutoffs), {}, 18)).toBe(PALETTE.freshness.never);
  });

  it('refuse the freshness mode without its cut-off days', () => {
    expect(() => modePaint('freshness')).toThrow(/cut-off/);
  });
});

describe('dashboard layers', () => {
  const ids = new Set(buildStyle(base).layers.map((l) => l.id));

  it('exist for every focus outline and the current gap', () => {
    for (const list of Object.values(FOCUS_LAYERS)) for (const id of list) expect(ids.has(id), id).toBe(true);
    expect(ids.has(GAP_CURRENT_LAYER)).toBe(true);
    expect(ids.has('gap-hatch')).toBe(true);
  });

  it('hatch neighbourhoods flagged as gaps, however the tile encodes the flag', () => {
    expect(truthy(IS_GAP, { gap: true })).toBe(true);
    expect(truthy(IS_GAP, { gap: 1 })).toBe(true);
    expect(truthy(IS_GAP, { gap: false })).toBe(false);
    expect(truthy(IS_GAP, {})).toBe(false);
  });
});
