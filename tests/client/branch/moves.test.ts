import { describe, expect, it } from 'vitest';
import { branchMoves } from '../../../client/src/branch/moves';
import { member } from './fixtures';

const grid = new Set([10, 11]);

describe('who moved out of a branch and who moved in', () => {
  it('counts the branch\u2019s members who are moving, transferred out, live outside the grid or nowhere known as moved out', () => {
    const members = [
      member(1),
      member(2, { status: 'moving' }),
      member(3, { status: 'transferred_out', buildingId: 11 }),
      member(4, { buildingId: 99 }),
      member(5, { buildingId: null, address: null }),
      member(6, { status: 'deceased', buildingId: 99 }),
    ];
    expect(branchMoves(members, 1, grid).movedOut.map((m) => [m.member.id, m.reason])).toEqual([
      [2, 'moving'],
      [3, 'transferred_out'],
      [4, 'outside_grid'],
      [5, 'no_home'],
    ]);
  });

  it('counts members of other branches (or none) living in the grid as moved in', () => {
    const members = [member(1), member(7, { branchId: 2, buildingId: 11 }), member(8, { branchId: null, buildingId: 10 }), member(9, { branchId: 2, buildingId: 99 })];
    expect(branchMoves(members, 1, grid).movedIn.map((m) => m.id)).toEqual([7, 8]);
  });

  it('cannot place a member whose home the server withheld (a planner\u2019s view) inside the grid', () => {
    const { buildingId: _omit, ...withheld } = member(1);
    expect(branchMoves([withheld], 1, grid).movedOut.map((m) => m.reason)).toEqual(['no_home']);
  });
});
