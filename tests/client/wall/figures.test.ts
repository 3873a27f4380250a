import { describe, expect, it } from 'vitest';
import { KPI_IDS, minFullMembers, wallKpis } from '../../../client/src/wall/figures';
import { subdistrictReport } from './fixtures';

const relocation = {
  affected: 75, resettled: 26, unaccountedFor: 62, lostContact: 0,
  byState: { in_zone: 12, moving_out: 10, transitional: 15, resettled: 10, reported: 16, transferred: 0, floating: 0, lost_contact: 0 },
};

describe('wallKpis', () => {
  it('takes every figure from the API answers, in tile order', () => {
    const kpis = wallKpis({ subdistrict: subdistrictReport(), relocation, branchCounts: [6, 10, 9] }, 'zh-CN');
    expect(kpis.map((k) => k.id)).toEqual([...KPI_IDS]);
    const text = Object.fromEntries(kpis.map((k) => [k.id, k.text]));
    expect(text).toEqual({
      branches: '25', members: '3,292', coverage: '29.4%', gapNeighbourhoods: '2', branchesUnderMin: '2',
      relocAffected: '75', relocResettled: '26', relocUnaccounted: '62', relocLostContact: '0',
    });
  });

  it('colours only figures above zero as warnings or alerts', () => {
    const tone = Object.fromEntries(wallKpis({ subdistrict: subdistrictReport(), relocation, branchCounts: [1] }, 'en').map((k) => [k.id, k.tone]));
    expect(tone).toMatchObject({ gapNeighbourhoods: 'alert', branchesUnderMin: 'alert', relocUnaccounted: 'warn', relocLostContact: 'plain', coverage: 'accent' });
  });

  it('shows a dash, not a zero, before the figures have loaded', () => {
    const kpis = wallKpis({ subdistrict: null, relocation: null, branchCounts: null }, 'zh-CN');
    expect(kpis.every((k) => k.value === null && k.text === '—')).toBe(true);
  });

  it('reads the minimum full members from the rules the report was judged by', () => {
    expect(minFullMembers(subdistrictReport())).toBe(3);
    expect(minFullMembers(null)).toBeNull();
  });
});
