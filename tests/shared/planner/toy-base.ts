/**
 * A hand-built planner base small enough to work every figure out by hand.
 *
 *   community 1 (西社区): branch 1 (buildings 1, 2 = 甲小区), branch 2 (buildings 3, 4),
 *                         building 6 unassigned
 *   community 2 (东社区): branch 3 (building 5 = 乙楼院)
 *
 * Base figures (households / reached / active members / active full members):
 *   branch 1: 250 / 15 (lead 1 links 10 in b1, 5 in b2) / 4 (m1, m2, m3, m9) / 3 (m3 probationary)
 *   branch 2: 320 / 200 (m5 is liaison for all of b3) / 3 (m5, m6, m7) / 3
 *   branch 3: 300 / 0 / 1 (m8) / 1
 *   total: 870 households, 215 reached, 1 unassigned building (b6).
 * Member 4 (branch 1, in b2) is deceased; member 9 lives in b3 but is organised in branch 1.
 */
import type { BaseBuilding, BaseMember, PlannerBase } from '../../../shared/planner/types';

const building = (id: number, communityId: number, neighbourhoodId: number | null, branchId: number | null, households: number, at: [number, number]): BaseBuilding => ({
  id, communityId, neighbourhoodId, branchId, households, residents: households * 3, address: `测试路${id}号`, use: 'residential', at,
});

const member = (id: number, branchId: number | null, buildingId: number | null, status: BaseMember['status'] = 'active', full = true): BaseMember => ({ id, branchId, buildingId, status, full });

export function toyBase(): PlannerBase {
  return {
    version: 7,
    communities: [
      { id: 1, code: '370203999001', name: '西社区', northLat: 36.09 },
      { id: 2, code: '370203999002', name: '东社区', northLat: 36.09 },
    ],
    branches: [
      { id: 1, communityId: 1, code: '37020399900101', name: '西社区第一网格党支部', revision: 0, lock: null, secretaryMemberId: 1 },
      { id: 2, communityId: 1, code: '37020399900102', name: '西社区第二网格党支部', revision: 0, lock: null, secretaryMemberId: 5 },
      { id: 3, communityId: 2, code: '37020399900201', name: '东社区第一网格党支部', revision: 0, lock: null, secretaryMemberId: null },
    ],
    neighbourhoods: [
      { id: 1, communityId: 1, name: '甲小区' },
      { id: 2, communityId: 2, name: '乙楼院' },
    ],
    buildings: [
      building(1, 1, 1, 1, 100, [120.301, 36.088]),
      building(2, 1, 1, 1, 150, [120.302, 36.088]),
      building(3, 1, null, 2, 200, [120.301, 36.082]),
      building(4, 1, null, 2, 120, [120.303, 36.082]),
      building(5, 2, 2, 3, 300, [120.312, 36.085]),
      building(6, 1, null, null, 50, [120.304, 36.083]),
    ],
    members: [
      member(1, 1, 1),
      member(2, 1, 1),
      member(3, 1, 2, 'active', false),
      member(4, 1, 2, 'deceased'),
      member(5, 2, 3),
      member(6, 2, 4),
      member(7, 2, 4),
      member(8, 3, 5),
      member(9, 1, 3),
    ],
    leads: [{ id: 1, memberId: 1, buildingId: 1, links: [{ buildingId: 1, households: 10 }, { buildingId: 2, households: 5 }] }],
    liaisons: [{ memberId: 5, targetKind: 'building', targetId: 3 }],
  };
}
