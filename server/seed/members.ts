/**
 * Members' personal and Party attributes, matching the published shares: the counts of
 * members aged 60+, retired, and schooled to junior high or less are exact quotas, chosen
 * with age-dependent weights so that, as in life, the old are the retired and the less
 * schooled.
 */
import type { Education, Gender, Member, MemberCategory, MemberStatus, Membership } from '../../shared/model';
import { AGE_REFERENCE_YEAR, AS_OF_DATE } from './figures';
import { fakePhone, personName } from './names';
import type { Placement } from './placement';
import { chooseWeighted, type Random } from './random';

export interface MemberShares {
  share60Plus: number;
  shareRetired: number;
  shareLowEducation: number;
}

/** Share of members on probation (预备党员). */
const SHARE_PROBATIONARY = 0.03;

const DAY_MS = 86_400_000;
const AS_OF_MS = Date.parse(`${AS_OF_DATE}T00:00:00Z`);

/** An ISO date between `fromDaysAgo` and `toDaysAgo` days before the as-of date. */
function dateBefore(random: Random, fromDaysAgo: number, toDaysAgo: number): string {
  const days = random.int(toDaysAgo, fromDaysAgo);
  return new Date(AS_OF_MS - days * DAY_MS).toISOString().slice(0, 10);
}

/** Age of an old member: 60 and up, thinning out towards 98. */
function oldAge(random: Random): number {
  return Math.min(98, 60 + Math.floor(-Math.log(1 - random.next()) * 11));
}

/** Age of a younger member: 22–59, more of them in their forties and fifties. */
function youngAge(random: Random): number {
  return 22 + Math.floor(38 * Math.sqrt(random.next()));
}

/** Category of a member who is not retired. */
function workingCategory(random: Random, age: number): MemberCategory {
  if (age >= 60) return 'resident';
  const categories: MemberCategory[] = ['in_service', 'self_employed', 'floating', 'unemployed', 'resident'];
  return categories[random.weightedIndex([62, 12, 10, 6, 10])] as MemberCategory;
}

/** Education above junior high, by generation. */
function higherEducation(random: Random, age: number): Education {
  const levels: Education[] = ['senior_high', 'college', 'bachelor', 'postgraduate'];
  return levels[random.weightedIndex(age >= 60 ? [55, 28, 15, 2] : age >= 45 ? [25, 35, 35, 5] : [8, 27, 52, 13])] as Education;
}

/** Status, weighted by circumstance: movers in demolition areas, lost contact among floating members. */
function memberStatus(random: Random, age: number, category: MemberCategory, slated: boolean): MemberStatus {
  const weights = [
    90,
    slated ? 6 : 1.5,
    category === 'floating' ? 15 : 2.5,
    1.5,
    age >= 75 ? 6 : 0,
  ];
  return (['active', 'moving', 'lost_contact', 'transferred_out', 'deceased'] as const)[random.weightedIndex(weights)] as MemberStatus;
}

/** Last contact: recent for active members, more than six months back for lost contact. */
function lastContact(random: Random, status: MemberStatus): string {
  switch (status) {
    case 'active':
      return dateBefore(random, 175, 1);
    case 'moving':
      return dateBefore(random, 90, 1);
    case 'lost_contact':
      return dateBefore(random, 670, 190);
    case 'transferred_out':
      return dateBefore(random, 600, 30);
    case 'deceased':
      return dateBefore(random, 670, 20);
  }
}

/**
 * Members for the given placements, their phones numbered from `firstId` (the ID the first
 * of them will get) so phones are unique across a whole district.
 */
export function generateMembers(random: Random, placements: readonly Placement[], shares: MemberShares, firstId: number): Array<Omit<Member, 'id'>> {
  const n = placements.length;
  // Old members lean towards the old areas slated for demolition.
  const old = chooseWeighted(random, placements.map((p) => (p.slated ? 1.6 : 1)), Math.round(n * shares.share60Plus));
  const ages = old.map((isOld) => (isOld ? oldAge(random) : youngAge(random)));
  const retired = chooseWeighted(random, ages.map((a) => (a >= 60 ? 100 : a >= 50 ? 3 : 0)), Math.round(n * shares.shareRetired));
  const lowEducation = chooseWeighted(random, ages.map((a) => (a >= 75 ? 10 : a >= 60 ? 3 : a >= 50 ? 1 : 0.15)), Math.round(n * shares.shareLowEducation));
  const probationary = chooseWeighted(random, ages.map((a, k) => (retired[k] ? 0 : a < 35 ? 3 : a < 45 ? 1 : 0)), Math.round(n * SHARE_PROBATIONARY));
  return placements.map((p, k) => {
    const age = ages[k] as number;
    const gender: Gender = random.chance(age >= 60 ? 0.68 : 0.55) ? 'male' : 'female';
    const birthYear = AGE_REFERENCE_YEAR - age;
    const category: MemberCategory = retired[k] ? 'retired' : workingCategory(random, age);
    const education: Education = lowEducation[k] ? (random.chance(age >= 75 ? 0.45 : 0.25) ? 'primary' : 'junior_high') : higherEducation(random, age);
    const membership: Membership = probationary[k] ? 'probationary' : 'full';
    const status = memberStatus(random, age, category, p.slated);
    return {
      name: personName(random, gender, birthYear),
      gender,
      birthYear,
      membership,
      category,
      education,
      branchId: p.branchId,
      buildingId: p.buildingId,
      status,
      lastContact: lastContact(random, status),
      phone: fakePhone(firstId + k),
    };
  });
}
