/**
 * A toy sub-district of 3×3 blocks for coverage tests; every figure is worked out by hand
 * in the tests' comments.
 *
 *   community 1 (blocks A B C, top row)      community 2 (blocks D…I)
 *   branch 11 = blocks A+B, branch 12 = C    branch 21 = D E F, branch 22 = G H I
 *
 *   building  block  nbhd  branch  households  who lives there / reaches it
 *   1         A      101   11      20          member 1 (active full, lead: 10 in b1)
 *   2         A      101   11      10          lead 1 also links 12 here (over the building: capped at 10)
 *   3         B      102   11      30          nobody                       → gap
 *   4         C      103   12      12          member 2 (active full), liaison for nbhd 103
 *   5         C      103   12      8           (reached through the liaison)
 *   6         D      201   21      40          member 3 (lost contact)       → gap
 *   7         E      202   21      25          member 4 (active probationary)  → resident only
 *   8         F      —     21      0           shop
 *   9         G      203   22      50          member 5 (active full, lead: 10 in b9, 4 in b10)
 *   10        H      203   22      6           member 6 (active full) liaison for building 10
 *   11        I      —     null    15          unassigned building
 */
import type { CoverageInput } from '../../../shared/coverage/types';

const member = (id: number, branchId: number, buildingId: number, extra: Partial<CoverageInput['members'][number]> = {}) => ({
  id, branchId, buildingId, status: 'active' as const, membership: 'full' as const, category: 'retired' as const, birthYear: 1950, ...extra,
});

export function toyInput(): CoverageInput {
  return {
    communities: [{ id: 1, subdistrictId: 1 }, { id: 2, subdistrictId: 1 }],
    branches: [{ id: 11, communityId: 1 }, { id: 12, communityId: 1 }, { id: 21, communityId: 2 }, { id: 22, communityId: 2 }],
    neighbourhoods: [
      { id: 101, communityId: 1 }, { id: 102, communityId: 1 }, { id: 103, communityId: 1 },
      { id: 201, communityId: 2 }, { id: 202, communityId: 2 }, { id: 203, communityId: 2 },
    ],
    buildings: [
      { id: 1, branchId: 11, neighbourhoodId: 101, households: 20, residents: 50 },
      { id: 2, branchId: 11, neighbourhoodId: 101, households: 10, residents: 25 },
      { id: 3, branchId: 11, neighbourhoodId: 102, households: 30, residents: 80 },
      { id: 4, branchId: 12, neighbourhoodId: 103, households: 12, residents: 30 },
      { id: 5, branchId: 12, neighbourhoodId: 103, households: 8, residents: 20 },
      { id: 6, branchId: 21, neighbourhoodId: 201, households: 40, residents: 100 },
      { id: 7, branchId: 21, neighbourhoodId: 202, households: 25, residents: 60 },
      { id: 8, branchId: 21, neighbourhoodId: null, households: 0, residents: 0 },
      { id: 9, branchId: 22, neighbourhoodId: 203, households: 50, residents: 130 },
      { id: 10, branchId: 22, neighbourhoodId: 203, households: 6, residents: 15 },
      { id: 11, branchId: null, neighbourhoodId: null, households: 15, residents: 40 },
    ],
    members: [
      member(1, 11, 1, { birthYear: 1990, category: 'in_service' }),
      member(2, 12, 4),
      member(3, 21, 6, { status: 'lost_contact' }),
      member(4, 21, 7, { membership: 'probationary', birthYear: 1980, category: 'self_employed' }),
      member(5, 22, 9, { birthYear: 1940 }),
      member(6, 22, 10, { birthYear: 1962 }),
    ],
    leads: [
      { id: 1, memberId: 1, buildingId: 1, links: [{ buildingId: 1, households: 10 }, { buildingId: 2, households: 12 }] },
      { id: 2, memberId: 5, buildingId: 9, links: [{ buildingId: 9, households: 10 }, { buildingId: 10, households: 4 }] },
      // Member 3 is lost contact: this lead reaches nobody.
      { id: 3, memberId: 3, buildingId: 6, links: [{ buildingId: 6, households: 10 }] },
    ],
    liaisons: [
      { memberId: 2, targetKind: 'neighbourhood', targetId: 103 },
      { memberId: 6, targetKind: 'building', targetId: 10 },
    ],
  };
}
