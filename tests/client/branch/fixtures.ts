/** Hand-made members for the branch work tests. */
import type { MemberDto } from '../../../shared/members';

export function member(id: number, extra: Partial<MemberDto> = {}): MemberDto {
  return {
    id, name: `党员${id}`, membership: 'full', category: 'retired', branchId: 1, branchCode: '37020302000101',
    buildingId: 10, address: '幸福小区1号楼', status: 'active', lastContact: '2026-10-01', phone: '10000000000',
    isLead: false, linkedHouseholds: 0, verifiedOn: null, ...extra,
  };
}
