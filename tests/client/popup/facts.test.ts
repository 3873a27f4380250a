import { describe, expect, it } from 'vitest';
import type { BranchProps, BuildingProps } from '../../../shared/api';
import { translator } from '../../../client/src/i18n';
import { formatValue, popupContent } from '../../../client/src/popup/facts';

const branch: BranchProps = {
  id: 12,
  code: '37020302000103',
  name: '东风社区第三网格党支部',
  communityId: 1,
  communityName: '东风社区',
  hasSecretary: false,
  buildings: 42,
  households: 1234,
  residents: 3456,
  members: 61,
  fullMembers: 55,
  leads: 7,
  validFrom: '2023-03-01',
  reached: 1080,
  coverage: 0.875,
  gapNeighbourhoods: 1,
};

const asRecord = (props: object): Record<string, unknown> => ({ ...props });

describe('popupContent', () => {
  it('titles a branch by name and lists its facts in Chinese', () => {
    const content = popupContent('branches', asRecord(branch), 'zh-CN');
    expect(content.kind).toBe('网格党支部');
    expect(content.title).toBe('东风社区第三网格党支部');
    const facts = Object.fromEntries(content.facts.map((f) => [f.label, f.value]));
    expect(facts).toMatchObject({ 编码: '37020302000103', 所属社区: '东风社区', 户数: '1,234', 支部书记: '空缺', 设立日期: '2023-03-01' });
    expect(facts).toMatchObject({ 覆盖率: '87.5%', 已覆盖户数: '1,080', 空白小区数: '1' });
  });

  it('translates labels and values into English', () => {
    const content = popupContent('branches', asRecord({ ...branch, hasSecretary: true }), 'en');
    const facts = Object.fromEntries(content.facts.map((f) => [f.label, f.value]));
    expect(content.kind).toBe('Grid Party branch');
    expect(facts).toMatchObject({ Households: '1,234', 'Branch secretary': 'In post', Code: '37020302000103', Coverage: '87.5%' });
  });

  it('shows a dash for values vector tiles dropped (nulls) and names building categories', () => {
    const building: Partial<BuildingProps> = { id: 3, address: '中山路12号', floors: 6, use: 'shop', status: 'slated_demolition', households: 0, coverageState: 'no_households' };
    const zh = Object.fromEntries(popupContent('buildings', asRecord(building), 'zh-CN').facts.map((f) => [f.label, f.value]));
    expect(zh).toMatchObject({ 用途: '商铺', 状态: '待拆迁', 户数: '0', 所属网格: '—', '所属小区 / 楼院': '—', 覆盖状态: '无住户' });
    const en = Object.fromEntries(popupContent('buildings', asRecord(building), 'en').facts.map((f) => [f.label, f.value]));
    expect(en).toMatchObject({ Use: 'Shop', Status: 'Slated for demolition' });
  });

  it('uses the English community name in English, the Chinese one otherwise', () => {
    const community = { id: 1, code: '370203020001', name: '东风社区', nameEn: 'Dongfeng Community', branches: 8, households: 1, residents: 2, members: 3, reached: 1, coverage: 1, gapNeighbourhoods: 0 };
    expect(popupContent('communities', community, 'en').title).toBe('Dongfeng Community');
    expect(popupContent('communities', community, 'zh-CN').title).toBe('东风社区');
    expect(popupContent('communities', { ...community, nameEn: '' }, 'en').title).toBe('东风社区');
  });

  it('says whether a neighbourhood is a gap and shows no coverage for one without households', () => {
    const facts = Object.fromEntries(popupContent('neighbourhoods', { id: 1, name: '幸福里', gap: true, coverage: null }, 'zh-CN').facts.map((f) => [f.label, f.value]));
    expect(facts).toMatchObject({ 空白小区: '是', 覆盖率: '—' });
  });

  it('falls back to "unnamed" for a missing title', () => {
    expect(popupContent('neighbourhoods', { id: 1 }, 'zh-CN').title).toBe('（未命名）');
  });
});

describe('formatValue', () => {
  const t = translator('zh-CN');
  it('keeps unknown enum values as they came rather than hiding them', () => {
    expect(formatValue('ruin', 'status', 'zh-CN', t)).toBe('ruin');
    expect(formatValue('louyuan', 'kind', 'zh-CN', t)).toBe('楼院');
  });

  it('treats 1 as true for the secretary flag (tiles may carry booleans as numbers)', () => {
    expect(formatValue(1, 'secretary', 'zh-CN', t)).toBe('已配备');
    expect(formatValue(0, 'secretary', 'zh-CN', t)).toBe('空缺');
  });
});
