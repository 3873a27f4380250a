import { describe, expect, it } from 'vitest';
import { clockMonths, orderAlerts } from '../../../client/src/wall/alertRows';
import { alert, alertsResponse } from './fixtures';

const alerts = [
  alert('gap_neighbourhood', 1, 1),
  alert('gap_neighbourhood', 2, 2),
  alert('branch_under_min', 3, 1),
  alert('branch_over_max', 4, 2),
  alert('contact_clock', 5, 1),
  alert('transfer_clock', 6, 2),
];
const keys = (list: ReturnType<typeof orderAlerts>) => list.map((a) => `${a.kind}:${a.id}`);

describe('orderAlerts', () => {
  it('puts new gaps first, then branch findings and clocks, then the other gaps', () => {
    expect(keys(orderAlerts(alerts, { kind: 'overview' }, { 2: 100 }))).toEqual([
      'gap_neighbourhood:2', 'branch_under_min:3', 'branch_over_max:4', 'contact_clock:5', 'transfer_clock:6', 'gap_neighbourhood:1',
    ]);
  });

  it('lists only gaps on the gaps step and only the community\'s alerts on a community', () => {
    expect(keys(orderAlerts(alerts, { kind: 'gaps' }, {}))).toEqual(['gap_neighbourhood:1', 'gap_neighbourhood:2']);
    expect(keys(orderAlerts(alerts, { kind: 'community', id: 2 }, {}))).toEqual(['branch_over_max:4', 'transfer_clock:6', 'gap_neighbourhood:2']);
  });
});

describe('clockMonths', () => {
  it('reads the months from the answer, none before it has loaded', () => {
    const a = { ...alertsResponse([]), clockMonths: { contact: 6, transfer: 9 } };
    expect(clockMonths(a, 'contact_clock')).toBe(6);
    expect(clockMonths(a, 'transfer_clock')).toBe(9);
    expect(clockMonths(null, 'contact_clock')).toBeNull();
  });
});
