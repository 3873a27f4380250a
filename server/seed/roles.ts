/**
 * Posts held by members: branch secretaries and liaisons (联系人) for whole buildings or
 * neighbourhoods.
 */
import type { GridBranch, Liaison, Member } from '../../shared/model';
import { AGE_REFERENCE_YEAR } from './figures';
import type { BuildingInfo } from './places';
import type { Random } from './random';

/** Branches deliberately left without a secretary (besides any with no full member). */
const VACANT_SECRETARIES = 3;
/** Liaisons per member, with a floor, so there are "a few dozen" in a sub-district. */
const LIAISONS_PER_MEMBER = 0.011;
const MIN_LIAISONS = 20;

/**
 * Fills `secretaryMemberId` of each branch with an active full member of that branch, aged
 * 30–75 where possible; a few posts stay vacant.
 */
export function appointSecretaries(random: Random, branches: GridBranch[], members: readonly Member[]): void {
  const byBranch = new Map<number, Member[]>();
  for (const m of members) {
    if (m.branchId === null || m.membership !== 'full' || m.status !== 'active') continue;
    byBranch.set(m.branchId, [...(byBranch.get(m.branchId) ?? []), m]);
  }
  const staffed = branches.filter((b) => byBranch.has(b.id));
  const vacant = new Set(random.shuffle(staffed.map((b) => b.id)).slice(0, VACANT_SECRETARIES));
  for (const branch of branches) {
    const candidates = byBranch.get(branch.id);
    if (!candidates || vacant.has(branch.id)) continue;
    const prime = candidates.filter((m) => AGE_REFERENCE_YEAR - m.birthYear >= 30 && AGE_REFERENCE_YEAR - m.birthYear <= 75);
    branch.secretaryMemberId = random.pick(prime.length > 0 ? prime : candidates).id;
  }
}

/**
 * Liaisons: active in-service members answering for their own building or, where it is in
 * a compound, their neighbourhood.
 */
export function appointLiaisons(random: Random, members: readonly Member[], buildings: readonly BuildingInfo[]): Array<Omit<Liaison, 'id'>> {
  const buildingById = new Map(buildings.map((b) => [b.id, b] as [number, BuildingInfo]));
  const candidates = members.filter((m) => m.status === 'active' && m.category === 'in_service' && m.buildingId !== null);
  const count = Math.max(MIN_LIAISONS, Math.round(members.length * LIAISONS_PER_MEMBER));
  const chosen = random.shuffle([...candidates]).slice(0, count).sort((a, b) => a.id - b.id);
  return chosen.map((m) => {
    const building = buildingById.get(m.buildingId as number) as BuildingInfo;
    if (building.neighbourhoodId !== null && random.chance(0.4)) {
      return { memberId: m.id, targetKind: 'neighbourhood', targetId: building.neighbourhoodId };
    }
    return { memberId: m.id, targetKind: 'building', targetId: building.id };
  });
}
