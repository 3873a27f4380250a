import { describe, expect, it } from 'vitest';
import type { ThematicLayer } from '../../../client/src/layers';
import { pickSelection, selectedId } from '../../../client/src/map/pick';

const interactive = new Map<string, ThematicLayer>([
  ['lead-symbol', 'leads'],
  ['building-fill', 'buildings'],
  ['branch-fill', 'branches'],
]);

describe('pickSelection', () => {
  it('takes the topmost hit on a clickable layer', () => {
    const hits = [
      { layerId: 'road-label-major', properties: { name: '中山路' } },
      { layerId: 'building-fill', properties: { id: 5 } },
      { layerId: 'branch-fill', properties: { id: 9 } },
    ];
    expect(pickSelection(hits, interactive, [120.3, 36.1])).toEqual({ layer: 'buildings', props: { id: 5 }, lngLat: [120.3, 36.1] });
  });

  it('is null when nothing clickable was hit', () => {
    expect(pickSelection([{ layerId: 'land', properties: {} }], interactive, [0, 0])).toBeNull();
    expect(pickSelection([], interactive, [0, 0])).toBeNull();
  });
});

describe('selectedId', () => {
  it('reads a numeric id only', () => {
    expect(selectedId({ layer: 'branches', props: { id: 3 }, lngLat: [0, 0] })).toBe(3);
    expect(selectedId({ layer: 'branches', props: { id: '3' }, lngLat: [0, 0] })).toBeNull();
    expect(selectedId(null)).toBeNull();
  });
});
