/**
 * Members' coded facts in words. Codes the UI does not know (a newer server) are shown as
 * they come rather than hidden.
 */
import { MEMBER_CATEGORIES, MEMBER_STATUSES, MEMBERSHIPS } from '../../../shared/model';
import type { MessageKey, Translate } from '../i18n';

const KNOWN = {
  membership: MEMBERSHIPS as readonly string[],
  category: MEMBER_CATEGORIES as readonly string[],
  status: MEMBER_STATUSES as readonly string[],
};

const PREFIX = { membership: 'membership', category: 'category', status: 'memberStatus' } as const;

/** The label of `value` for a member's `field`, or `value` itself when unknown. */
export function memberLabel(field: keyof typeof KNOWN, value: string, t: Translate): string {
  return KNOWN[field].includes(value) ? t(`${PREFIX[field]}.${value}` as MessageKey) : value;
}
