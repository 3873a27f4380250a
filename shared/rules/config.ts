/**
 * Every threshold gridmap judges by, in one place, with whether its edge is inclusive.
 *
 * A `Limit` reads as "the figure must be at least / at most `value`". With `inclusive: true`
 * the value itself is allowed (≥ / ≤); with `inclusive: false` it is not (> / <). The
 * defaults follow the CPC organisation rules and common urban grid practice; a deployment
 * overrides any of them (the server reads a JSON file named by GRIDMAP_RULES).
 */

export interface Limit {
  value: number;
  inclusive: boolean;
}

export interface RuleConfig {
  /** A branch needs at least this many active full members (正式党员): ≥ 3. */
  branchMinFullMembers: Limit;
  /** A branch should split above this many active members: ≤ 50. */
  branchMaxMembers: Limit;
  /** Households in an urban grid: at least 300 … */
  gridMinHouseholds: Limit;
  /** … and at most 500. */
  gridMaxHouseholds: Limit;
  /** A household-lead (党员中心户) is linked to at most this many households: the "1+10" practice. */
  leadMaxHouseholds: Limit;
  /** A community organisation becomes a general branch (党总支) from this many members: ≥ 50. */
  generalBranchFrom: Limit;
  /** … and a Party committee (党委) from this many: ≥ 100. */
  committeeFrom: Limit;
  /** A member with no recorded contact for this many months counts as lost (失联): ≥ 6. */
  lostContactMonths: Limit;
  /** A member moved out this many months ago without an organisation transfer is flagged for transfer: ≥ 6. */
  transferDueMonths: Limit;
  /** Facts verified or a member contacted longer ago than this many months are getting stale (amber): ≥ 3. */
  staleAfterMonths: Limit;
  /** Overlaps and gaps between grids smaller than this many m² are drawing noise, not errors. */
  topologyToleranceM2: number;
}

export const DEFAULT_RULES: RuleConfig = {
  branchMinFullMembers: { value: 3, inclusive: true },
  branchMaxMembers: { value: 50, inclusive: true },
  gridMinHouseholds: { value: 300, inclusive: true },
  gridMaxHouseholds: { value: 500, inclusive: true },
  leadMaxHouseholds: { value: 10, inclusive: true },
  generalBranchFrom: { value: 50, inclusive: true },
  committeeFrom: { value: 100, inclusive: true },
  lostContactMonths: { value: 6, inclusive: true },
  transferDueMonths: { value: 6, inclusive: true },
  staleAfterMonths: { value: 3, inclusive: true },
  topologyToleranceM2: 1,
};

/** Whether `figure` satisfies "at least `limit`". */
export function meetsMin(figure: number, limit: Limit): boolean {
  return limit.inclusive ? figure >= limit.value : figure > limit.value;
}

/** Whether `figure` satisfies "at most `limit`". */
export function meetsMax(figure: number, limit: Limit): boolean {
  return limit.inclusive ? figure <= limit.value : figure < limit.value;
}

/**
 * The largest whole count that satisfies "at most `limit`": 10 for "≤ 10", 9 for "< 10". For
 * sizing what a member may still take on (households a lead may be linked to), so that an
 * exclusive edge is honoured there as well as in the checks.
 */
export function largestAllowed(limit: Limit): number {
  return limit.inclusive ? Math.floor(limit.value) : Math.ceil(limit.value) - 1;
}

/** "≥ 3", "> 3", "≤ 50", "< 50": how a limit reads on screen. */
export function describeLimit(kind: 'min' | 'max', limit: Limit): string {
  const op = kind === 'min' ? (limit.inclusive ? '≥' : '>') : limit.inclusive ? '≤' : '<';
  return `${op} ${limit.value}`;
}

function isLimit(v: unknown): v is Limit {
  return (
    typeof v === 'object' && v !== null &&
    typeof (v as Limit).value === 'number' && Number.isFinite((v as Limit).value) &&
    typeof (v as Limit).inclusive === 'boolean'
  );
}

/**
 * Merges a partial override (parsed JSON) onto the defaults. Throws naming the key and what
 * it should look like, so a typo in the rules file fails at start rather than silently.
 */
export function mergeRules(override: unknown, base: RuleConfig = DEFAULT_RULES): RuleConfig {
  if (override === undefined || override === null) return base;
  if (typeof override !== 'object' || Array.isArray(override)) {
    throw new Error('The rules override must be a JSON object such as {"branchMaxMembers": {"value": 50, "inclusive": true}}.');
  }
  const merged: RuleConfig = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (!(key in base)) throw new Error(`Unknown rule "${key}"; known rules: ${Object.keys(base).join(', ')}.`);
    const k = key as keyof RuleConfig;
    if (k === 'topologyToleranceM2') {
      if (typeof value !== 'number' || !(value >= 0)) throw new Error('Rule "topologyToleranceM2" must be a number of m² ≥ 0.');
      merged.topologyToleranceM2 = value;
    } else {
      if (!isLimit(value)) throw new Error(`Rule "${key}" must look like {"value": 3, "inclusive": true}.`);
      merged[k] = value;
    }
  }
  return merged;
}
