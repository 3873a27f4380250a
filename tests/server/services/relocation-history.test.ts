import { describe, expect, it } from 'vitest';
import { addDays, dayRange, relocationHistory, type LedgerEvent } from '../../../server/services/relocation-history';

const days = dayRange('2026-03-05', 5); // 03-01 … 03-05
const ev = (id: number, relocationId: number, toState: LedgerEvent['toState'], onDate: string): LedgerEvent => ({ id, relocationId, toState, onDate });

describe('day helpers', () => {
  it('moves across month and year ends', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(dayRange('2026-03-02', 3)).toEqual(['2026-02-28', '2026-03-01', '2026-03-02']);
  });
});

describe('relocationHistory', () => {
  it('counts each entry in its state at the end of each day, from the day it was opened', () => {
    const s = relocationHistory([
      ev(1, 10, 'in_zone', '2026-03-02'),
      ev(2, 11, 'in_zone', '2026-03-02'),
      ev(3, 10, 'moving_out', '2026-03-03'),
      ev(4, 10, 'resettled', '2026-03-05'),
    ], days);
    expect(s.in_zone).toEqual([0, 2, 1, 1, 1]);
    expect(s.moving_out).toEqual([0, 0, 1, 1, 0]);
    expect(s.resettled).toEqual([0, 0, 0, 0, 1]);
    expect(s.lost_contact).toEqual([0, 0, 0, 0, 0]);
  });

  it('counts what happened before the first day as the starting state', () => {
    const s = relocationHistory([ev(1, 10, 'in_zone', '2025-12-01'), ev(2, 10, 'floating', '2026-01-10')], days);
    expect(s.floating).toEqual([1, 1, 1, 1, 1]);
    expect(s.in_zone).toEqual([0, 0, 0, 0, 0]);
  });

  it('ends where the ledger stands even when a step was back-dated before an earlier one', () => {
    // Recorded in this order: moved out on the 4th, then (later) transitional dated the 3rd.
    const s = relocationHistory([
      ev(1, 10, 'in_zone', '2026-03-01'),
      ev(2, 10, 'moving_out', '2026-03-04'),
      ev(3, 10, 'transitional', '2026-03-03'),
    ], days);
    expect(s.in_zone).toEqual([1, 1, 0, 0, 0]);
    expect(s.transitional).toEqual([0, 0, 1, 1, 1]);
    expect(s.moving_out).toEqual([0, 0, 0, 0, 0]);
  });

  it('takes the last recorded of several steps on one day, and ignores events in any order', () => {
    const s = relocationHistory([ev(3, 10, 'resettled', '2026-03-02'), ev(1, 10, 'in_zone', '2026-03-02'), ev(2, 10, 'moving_out', '2026-03-02')], days);
    expect(s.resettled).toEqual([0, 1, 1, 1, 1]);
    expect(s.in_zone.concat(s.moving_out).every((n) => n === 0)).toBe(true);
  });

  it('leaves entries opened after the last day out', () => {
    const s = relocationHistory([ev(1, 10, 'in_zone', '2026-04-01')], days);
    expect(s.in_zone).toEqual([0, 0, 0, 0, 0]);
  });
});
