/**
 * How a rule violation reads in the panel: the rule's name, the figure found and the rule's
 * threshold, from the report's `ViolationDto` as it stands. Pure and unit-tested.
 */
import type { ViolationDto } from '../../../shared/api';
import { formatArea, formatCount } from '../../../shared/format/figures';
import { PARTY_ORG_LEVELS, type PartyOrgLevel } from '../../../shared/model';
import { RULE_IDS, type RuleId } from '../../../shared/rules/check';
import type { Locale, Translate } from '../i18n';


function isRule(rule: string): rule is RuleId {
  return (RULE_IDS as readonly string[]).includes(rule);
}

function isOrgLevel(value: string): value is PartyOrgLevel {
  return (PARTY_ORG_LEVELS as readonly string[]).includes(value);
}

export interface ViolationText {
  /** The rule's name; an unknown rule (added on the server later) shows its id. */
  rule: string;
  /** What was found, e.g. "65", "党总支", "空缺", "1,234 m²". */
  figure: string;
  /** The threshold, e.g. "≤ 50", "党委"; empty when the rule has none to show. */
  limit: string;
}

/** Texts for one violation in `locale`. */
export function violationText(v: ViolationDto, locale: Locale, t: Translate): ViolationText {
  const rule = isRule(v.rule) ? t(`rule.${v.rule}`) : v.rule;
  const orgLevel = (value: string) => (isOrgLevel(value) ? t(`orgLevel.${value}`) : value);
  switch (v.rule) {
    case 'community_org_level':
      return { rule, figure: orgLevel(String(v.figure)), limit: orgLevel(v.limit) };
    case 'branch_no_secretary':
      return { rule, figure: t('popup.vacant'), limit: '' };
    case 'grid_overlap':
    case 'grid_gap':
    case 'grid_outside_community':
      return { rule, figure: v.areaM2 === undefined ? String(v.figure) : formatArea(v.areaM2, locale), limit: v.limit };
    default:
      return { rule, figure: typeof v.figure === 'number' ? formatCount(v.figure, locale) : v.figure, limit: v.limit };
  }
}
