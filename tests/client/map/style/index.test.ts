import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { TILE_LAYER_NAMES } from '../../../../shared/api';
import { THEMATIC_LAYERS, allLayersVisible } from '../../../../client/src/layers';
import { imageFor } from '../../../../client/src/map/images';
import {
  SELECTED_LAYER,
  SOURCE,
  buildStyle,
  interactiveLayers,
  layerIdsByGroup,
  localizedTextFields,
  tileUrlTemplate,
} from '../../../../client/src/map/style';

const base = { dataVersion: 7, locale: 'zh-CN' as const, visible: allLayersVisible(), bbox: [120.3, 36.05, 120.33, 36.08] as [number, number, number, number] };

/** Every string anywhere in a JSON-like value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('buildStyle', () => {
  it('is a valid MapLibre style', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const errors = validateStyleMin(buildStyle({ ...base, locale }));
      expect(errors.map((e) => e.message)).toEqual([]);
    }
  });

  it('draws every tile source-layer', () => {
    const style = buildStyle(base);
    const used = new Set(style.layers.flatMap((l) => ('source-layer' in l && l['source-layer'] ? [l['source-layer']] : [])));
    for (const name of TILE_LAYER_NAMES) expect(used, name).toContain(name);
  });

  it('points nowhere outside the page: no http URL, no glyphs, no sprite', () => {
    const style = buildStyle(base);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    const urls = strings(style).filter((s) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || s.startsWith('//'));
    expect(urls).toEqual([]);
  });

  it('asks for tiles at a root-relative URL carrying the data version', () => {
    const source = buildStyle(base).sources[SOURCE.tiles];
    expect(source).toMatchObject({ type: 'vector', tiles: ['/api/tiles/{z}/{x}/{y}.mvt?v=7'], bounds: base.bbox });
    expect(tileUrlTemplate(12)).toBe('/api/tiles/{z}/{x}/{y}.mvt?v=12');
  });

  it('hides every layer of a switched-off group and nothing else', () => {
    const style = buildStyle({ ...base, visible: { ...allLayersVisible(), buildings: false } });
    const groups = layerIdsByGroup(style);
    for (const layer of style.layers) {
      const visibility = layer.layout && 'visibility' in layer.layout ? layer.layout.visibility : undefined;
      expect(visibility ?? 'visible', layer.id).toBe(groups.buildings.includes(layer.id) ? 'none' : 'visible');
    }
  });

  it('gives every thematic layer drawn layers, a clickable layer and a highlight', () => {
    const style = buildStyle(base);
    const groups = layerIdsByGroup(style);
    const clickable = new Set(interactiveLayers(style).values());
    const ids = new Set(style.layers.map((l) => l.id));
    for (const group of THEMATIC_LAYERS) {
      expect(groups[group].length, group).toBeGreaterThan(0);
      expect(clickable.has(group), group).toBe(true);
      expect(ids.has(SELECTED_LAYER[group]), group).toBe(true);
    }
  });

  it('only uses images the app draws itself', () => {
    const style = buildStyle(base);
    const images = style.layers.flatMap((l) => {
      const layout = (l.layout ?? {}) as Record<string, unknown>;
      const paint = (l.paint ?? {}) as Record<string, unknown>;
      return [layout['icon-image'], paint['fill-pattern']].filter((v): v is string => typeof v === 'string');
    });
    expect(images.length).toBeGreaterThan(0);
    for (const id of images) expect(imageFor(id), id).not.toBeNull();
  });

  it('labels communities by English name in English', () => {
    const layer = (locale: 'zh-CN' | 'en') => buildStyle({ ...base, locale }).layers.find((l) => l.id === 'community-label');
    expect(JSON.stringify(layer('zh-CN')?.layout)).not.toContain('nameEn');
    expect(JSON.stringify(layer('en')?.layout)).toContain('nameEn');
    const ids = new Set(buildStyle(base).layers.map((l) => l.id));
    for (const id of Object.keys(localizedTextFields('en'))) expect(ids.has(id), id).toBe(true);
  });

  it('shows grid names from zoom 14 and their codes only from zoom 16', () => {
    const label = buildStyle(base).layers.find((l) => l.id === 'branch-label');
    expect(label?.minzoom).toBe(14);
    const field = JSON.stringify(label?.layout?.['text-field' as keyof typeof label.layout]);
    expect(field).toMatch(/^\["step",\["zoom"\],\["get","name"\],16,\["format",\["get","code"\]/);
  });
});
