import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { WALL_GROUP_KEY, WALL_SOURCE, wallStyle, type WallStyleOptions } from '../../../../client/src/wall/map/style';
import { parseWallParams } from '../../../../client/src/wall/params';

const options = (over: Partial<WallStyleOptions> = {}): WallStyleOptions => ({
  dataVersion: 7, locale: 'zh-CN', layers: parseWallParams('').layers, bbox: [120.3, 36.07, 120.35, 36.1], unit: 1, ...over,
});

describe('wallStyle', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(wallStyle(options()))).toEqual([]);
  });

  it('fetches nothing but our own tiles: no glyphs, no sprite, one root-relative URL', () => {
    const style = wallStyle(options());
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    const urls = JSON.stringify(style).match(/(https?:)?\/\/[^"]*/g) ?? [];
    expect(urls).toEqual([]);
    const tiles = style.sources[WALL_SOURCE.tiles];
    expect(tiles && 'tiles' in tiles ? tiles.tiles : null).toEqual(['/api/tiles/{z}/{x}/{y}.mvt?v=7']);
  });

  it('hides the layers the address leaves out', () => {
    const style = wallStyle(options({ layers: parseWallParams('?layers=communities').layers }));
    const hidden = style.layers.filter((l) => l.layout && 'visibility' in l.layout && l.layout.visibility === 'none');
    const groups = new Set(hidden.map((l) => (l.metadata as Record<string, string>)[WALL_GROUP_KEY]));
    expect([...groups].sort()).toEqual(['branches', 'buildings', 'gaps', 'labels', 'leads', 'zones']);
    const community = style.layers.find((l) => l.id === 'community-line');
    expect(community?.layout && 'visibility' in community.layout ? community.layout.visibility : 'visible').toBe('visible');
  });

  it('scales type with the layout unit', () => {
    const size = (unit: number) => {
      const layer = wallStyle(options({ unit })).layers.find((l) => l.id === 'zone-label');
      return layer?.layout && 'text-size' in layer.layout ? layer.layout['text-size'] : null;
    };
    expect(size(1)).toBe(16);
    expect(size(1.5)).toBe(24);
  });

  it('labels communities by their English names in English and grids by number', () => {
    const field = (id: string) => {
      const layer = wallStyle(options({ locale: 'en' })).layers.find((l) => l.id === id);
      return JSON.stringify(layer?.layout && 'text-field' in layer.layout ? layer.layout['text-field'] : null);
    };
    expect(field('community-label')).toContain('nameEn');
    expect(field('branch-label')).toContain('Grid ');
  });
});
