/**
 * The published figures the demo sub-district is modelled on: Jimo Road sub-district
 * (即墨路街道), Shibei district, Qingdao, a dense old-town area.
 */

export interface SubdistrictFigures {
  /** Land area, m². */
  areaM2: number;
  households: number;
  residents: number;
  communities: number;
  /** Grid branches (one per grid). */
  branches: number;
  members: number;
  /** Shares of members: aged 60 or more, retired, schooled to junior high or less. */
  share60Plus: number;
  shareRetired: number;
  shareLowEducation: number;
  /** Share of members living in buildings slated for demolition. */
  shareSlated: number;
}

export const JIMO_ROAD: SubdistrictFigures = {
  areaM2: 2_300_000,
  households: 28_000,
  residents: 76_000,
  communities: 9,
  branches: 78,
  members: 3_600,
  share60Plus: 0.61,
  shareRetired: 0.64,
  shareLowEducation: 0.28,
  shareSlated: 1 / 3,
};

/** The real NBS code and names of Jimo Road sub-district. */
export const JIMO_ROAD_NAMES = { code: '370203020', name: '即墨路街道', nameEn: 'Jimo Road Sub-district' };

/** Where the demo sub-district is centred: `[lng, lat]` degrees. */
export const JIMO_ROAD_CENTRE: [number, number] = [120.332, 36.079];

/** Year ages are computed against. */
export const AGE_REFERENCE_YEAR = 2026;

/**
 * The date the generated register is "as of": active members were contacted within the six
 * months before it, lost-contact members longer ago. Like every date of the demo, it is
 * written against `REFERENCE_DAY` and moves with the day the data is generated for.
 */
export const AS_OF_DATE = '2026-11-01';

/**
 * The day the demo's dates are written against (its "today"): data generated for a later
 * day has every date moved forward by the days between (server/seed/shift.ts).
 */
export const REFERENCE_DAY = '2026-11-20';
