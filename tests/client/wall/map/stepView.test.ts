import { describe, expect, it } from 'vitest';
import { stepView } from '../../../../client/src/wall/map/stepView';
import { alert, alertsResponse, subdistrictReport } from '../fixtures';

const report = subdistrictReport();
const alerts = alertsResponse([
  alert('gap_neighbourhood', 1, 1, [120.01, 36.01, 120.02, 36.02]),
  alert('gap_neighbourhood', 2, 2, [120.05, 36.04, 120.06, 36.05]),
  alert('branch_under_min', 13, 1),
  alert('contact_clock', 13, 1),
  alert('branch_over_max', 12, 2),
]);

describe('stepView', () => {
  it('shows the whole sub-district with nothing lit on the overview', () => {
    expect(stepView({ kind: 'overview' }, report, alerts)).toEqual({ bbox: report.unit.bbox, focusCommunity: null, gapGlow: false, alertBranches: [] });
  });

  it('flies to a community and lights it up', () => {
    expect(stepView({ kind: 'community', id: 2 }, report, alerts)).toMatchObject({ bbox: [120.05, 36, 120.1, 36.05], focusCommunity: 2 });
    expect(stepView({ kind: 'community', id: 99 }, report, alerts)).toMatchObject({ bbox: report.unit.bbox, focusCommunity: null });
  });

  it('fits all gaps and makes them glow', () => {
    expect(stepView({ kind: 'gaps' }, report, alerts)).toMatchObject({ bbox: [120.01, 36.01, 120.06, 36.05], gapGlow: true });
  });

  it('outlines every branch with an alert, once', () => {
    expect(stepView({ kind: 'alerts' }, report, alerts).alertBranches).toEqual([12, 13]);
  });
});
