import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { ZoneProps } from '../../../../shared/relocation/api';
import { allLayersVisible } from '../../../../client/src/layers';
import { translator } from '../../../../client/src/i18n';
import { SOURCE, buildStyle, tileUrlTemplate } from '../../../../client/src/map/style';
import { zoneLabelPoints } from '../../../../client/src/map/zoneLabels';

const base = { dataVersion: 7, locale: 'zh-CN' as const, visible: allLayersVisible(), bbox: [120.3, 36.05, 120.33, 36.08] as [number, number, number, number] };

describe('the map on a past day', () => {
  it('asks for tiles of that day, and of today without asOf', () => {
    expect(tileUrlTemplate(7, '2025-09-30')).toBe('/api/tiles/{z}/{x}/{y}.mvt?v=7&asOf=2025-09-30');
    expect(tileUrlTemplate(7, null)).toBe('/api/tiles/{z}/{x}/{y}.mvt?v=7');
    const source = buildStyle({ ...base, asOf: '2025-09-30' }).sources[SOURCE.tiles];
    expect(source && 'tiles' in source ? source.tiles : null).toEqual(['/api/tiles/{z}/{x}/{y}.mvt?v=7&asOf=2025-09-30']);
  });

  it('draws zones and demolished plots from their own sources, in a valid style', () => {
    const style = buildStyle(base);
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
    const zoneLayers = style.layers.filter((l) => 'source' in l && [SOURCE.zones, SOURCE.zoneBuildings, SOURCE.zoneLabels].includes(l.source as never));
    expect(zoneLayers.map((l) => l.id)).toEqual(['zone-fill', 'zone-demolished-fill', 'zone-demolished-outline', 'zone-outline', 'zone-label']);
    // The ghosts lie over the tiles' buildings, the labels over everything.
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf('zone-demolished-fill')).toBeGreaterThan(ids.indexOf('building-fill'));
    expect(ids.at(-1)).toBe('zone-label');
  });

  it('labels each zone once with its name and its stage in the UI language', () => {
    const square = (x: number): Polygon => ({ type: 'Polygon', coordinates: [[[x, 36], [x + 0.001, 36], [x + 0.001, 36.001], [x, 36.001], [x, 36]]] });
    const props = (id: number, stage: ZoneProps['stage']): ZoneProps => ({ id, name: `片区${id}`, stage, announced_on: '2024-09-01', moving_on: null, cleared_on: null, finished_on: null, ledger: {} });
    const zones: FeatureCollection<Polygon | MultiPolygon, ZoneProps> = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'MultiPolygon', coordinates: [square(120.3).coordinates, square(120.31).coordinates] }, properties: props(1, 'cleared') },
        { type: 'Feature', geometry: square(120.32), properties: props(2, 'moving_out') },
      ],
    };
    const zh = zoneLabelPoints(zones, translator('zh-CN'));
    expect(zh.features.map((f) => f.properties)).toEqual([
      { id: 1, stage: 'cleared', label: '片区1\n已拆除清场' },
      { id: 2, stage: 'moving_out', label: '片区2\n搬迁中' },
    ]);
    expect(zoneLabelPoints(zones, translator('en')).features[0]?.properties.label).toBe('片区1\ncleared');
  });
});
