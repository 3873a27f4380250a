import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { branchName, communityName, shortBranchName } from '../../../client/src/wall/names';
import { wallTranslator } from '../../../client/src/wall/i18n';
import type { Overlays } from '../../../client/src/wall/state/store';

const square = { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] };
const overlays = {
  communities: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: square, properties: { id: 3, name: '热河路社区', nameEn: 'Rehe Road Community' } }] },
  branches: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: square, properties: { id: 18, code: '37020302000304', name: '热河路社区第四网格党支部', communityId: 3, communityName: '热河路社区' } }] },
  neighbourhoods: { type: 'FeatureCollection', features: [] } as FeatureCollection,
} as unknown as Overlays;

describe('names on the wall', () => {
  it('names communities in English from the layer, Chinese as stored', () => {
    expect(communityName(3, '热河路社区', 'en', overlays)).toBe('Rehe Road Community');
    expect(communityName(3, '热河路社区', 'zh-CN', overlays)).toBe('热河路社区');
    expect(communityName(9, '别的社区', 'en', overlays)).toBe('别的社区');
  });

  it('names a branch in English by its community and grid number', () => {
    expect(branchName(18, '热河路社区第四网格党支部', 'en', overlays, wallTranslator('en'))).toBe('Rehe Road Community · Grid 04');
    expect(branchName(18, '热河路社区第四网格党支部', 'zh-CN', overlays, wallTranslator('zh-CN'))).toBe('热河路社区第四网格党支部');
  });

  it('shortens a branch name for the map where the community is drawn too', () => {
    expect(shortBranchName('热河路社区第四网格党支部', '热河路社区')).toBe('第四网格');
    expect(shortBranchName('老城网格', '热河路社区')).toBe('老城网格');
    expect(shortBranchName('热河路社区党支部', '热河路社区')).toBe('热河路社区党支部');
  });
});
