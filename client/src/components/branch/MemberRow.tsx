/**
 * One member of the worked branch: name (a household-lead with the households they are linked
 * to), category, status, phone, last contact and verification; record a contact or mark the
 * facts verified. Names and phones are shown exactly as the server gave them.
 */
import { useState } from 'react';
import type { MemberDto } from '../../../../shared/members';
import { formatCount } from '../../../../shared/format/figures';
import { freshness } from '../../../../shared/freshness';
import { verifyAndRefresh } from '../../api/loadBranch';
import { memberLabel } from '../../branch/labels';
import { useAction } from '../../hooks/useAction';
import { useFreshness } from '../../hooks/useFreshness';
import { useTranslate } from '../../hooks/useTranslate';
import { useAppStore } from '../../state/store';
import { ContactForm } from './ContactForm';
import { FreshnessBadge } from './FreshnessBadge';

export function MemberRow({ member }: { member: MemberDto }) {
  const t = useTranslate();
  const locale = useAppStore((s) => s.locale);
  const { today, rules } = useFreshness();
  const [contacting, setContacting] = useState(false);
  const verify = useAction();
  const contact = freshness(member.lastContact, today, rules);
  return (
    <li className="work-row member-row" data-id={member.id} data-contact={contact}>
      <span className="work-row__title member-row__name">
        {member.name}
        {member.isLead && (
          <span className="member-row__lead" title={t('members.lead')}>
            ★ {t('members.linked', { count: formatCount(member.linkedHouseholds, locale) })}
          </span>
        )}
      </span>
      <span className="work-row__facts">
        {[memberLabel('membership', member.membership, t), memberLabel('category', member.category, t), memberLabel('status', member.status, t)].join(' · ')}
      </span>
      {member.address && <span className="work-row__facts member-row__address">{member.address}</span>}
      <span className="work-row__facts member-row__phone">{member.phone}</span>
      <span className="work-row__footer">
        <span className="member-row__contact">
          {t('members.lastContact')} <FreshnessBadge date={member.lastContact} freshness={contact} rules={rules} what="contact" />
        </span>
        <span className="member-row__buttons">
          <button type="button" className="button button--small" data-action="contact" aria-expanded={contacting} onClick={() => setContacting(!contacting)}>
            {t('contact.button')}
          </button>
          <button
            type="button"
            className="button button--small"
            data-action="verify"
            disabled={verify.busy || member.verifiedOn === today}
            title={member.verifiedOn ? t('members.verifiedOn', { date: member.verifiedOn }) : t('freshness.neverVerified')}
            onClick={() => void verify.run(() => verifyAndRefresh(useAppStore, 'member', member.id))}
          >
            {member.verifiedOn === today ? t('verify.done') : t('verify.button')}
          </button>
        </span>
      </span>
      {verify.error && <p className="work-row__error" role="alert">{verify.error}</p>}
      {contacting && <ContactForm memberId={member.id} onDone={() => setContacting(false)} />}
    </li>
  );
}
