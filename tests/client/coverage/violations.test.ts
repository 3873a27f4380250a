import { describe, expect, it } from 'vitest';
import type { ViolationDto } from '../../../shared/api';
import { violationText } from '../../../client/src/coverage/violations';
import { translator } from '../../../client/src/i18n';

const zh = translator('zh-CN');
const en = translator('en');
const v = (extra: Partial<ViolationDto>): ViolationDto => ({ rule: 'branch_max_members', level: 'branch', id: 1, name: 'x', figure: 65, limit: '≤ 50', bbox: [0, 0, 1, 1], ...extra });

describe('violationText', () => {
  it('names the rule and gives the figure against its threshold', () => {
    expect(violationText(v({}), 'zh-CN', zh)).toEqual({ rule: '党员人数超出，应分设支部', figure: '65', limit: '≤ 50' });
    expect(violationText(v({ rule: 'grid_max_households', figure: 1545, limit: '≤ 500' }), 'en', en)).toEqual({
      rule: 'Too many households in the grid', figure: '1,545', limit: '≤ 500',
    });
  });

  it('translates organisation levels, recorded and expected', () => {
    const text = violationText(v({ rule: 'community_org_level', level: 'community', figure: 'general_branch', limit: 'committee' }), 'zh-CN', zh);
    expect(text).toMatchObject({ figure: '党总支', limit: '党委' });
  });

  it('says a secretary post is vacant rather than "0 of 1"', () => {
    expect(violationText(v({ rule: 'branch_no_secretary', figure: 0, limit: '1' }), 'en', en)).toEqual({ rule: 'Branch secretary post vacant', figure: 'Vacant', limit: '' });
  });

  it('gives geometry findings as areas', () => {
    expect(violationText(v({ rule: 'grid_overlap', figure: 1234.4, areaM2: 1234.4, limit: '0 m²' }), 'en', en)).toMatchObject({ rule: 'Grids overlap', figure: '1,234 m²' });
  });

  it('shows an unknown rule by its id', () => {
    expect(violationText(v({ rule: 'future_rule', figure: 'x', limit: 'y' }), 'en', en)).toEqual({ rule: 'future_rule', figure: 'x', limit: 'y' });
  });
});
