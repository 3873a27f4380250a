import { describe, expect, it } from 'vitest';
import { allocateCodes } from '../../../shared/planner/codes';

const C = '370203999001';

describe('grid codes', () => {
  it('give new grids the lowest free sequences in reading order (north → south, west → east)', () => {
    const codes = allocateCodes(C, [`${C}01`, `${C}03`], [
      { key: 'south', at: [120.301, 36.080] },
      { key: 'north-east', at: [120.305, 36.088] },
      { key: 'north-west', at: [120.301, 36.0885] },
    ], 36.09);
    expect(Object.fromEntries(codes)).toEqual({ 'north-west': `${C}02`, 'north-east': `${C}04`, south: `${C}05` });
  });

  it('ignore codes of other communities and leave existing grids alone', () => {
    const codes = allocateCodes(C, ['37020399900201', '37020399900202'], [{ key: 1, at: [120.3, 36.08] }]);
    expect(codes.get(1)).toBe(`${C}01`);
  });

  it('are stable: the same input gives the same codes', () => {
    const grids = [{ key: 'a', at: [120.31, 36.08] as [number, number] }, { key: 'b', at: [120.30, 36.08] as [number, number] }];
    expect(allocateCodes(C, [], grids)).toEqual(allocateCodes(C, [], [...grids].reverse()));
    expect(allocateCodes(C, [], grids).get('b')).toBe(`${C}01`);
  });

  it('say so when the 99 sequences run out', () => {
    const taken = Array.from({ length: 99 }, (_, i) => `${C}${String(i + 1).padStart(2, '0')}`);
    expect(() => allocateCodes(C, taken, [{ key: 'x', at: [120, 36] }])).toThrow(/no free grid code/);
  });
});
