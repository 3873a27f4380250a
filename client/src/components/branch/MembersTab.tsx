/**
 * 党员: the worked branch's members, all of them or those not contacted for 3 or 6 months
 * (never contacted counting as both), each with their facts and actions.
 */
import { useMemo } from 'react';
import { formatCount } from '../../../../shared/format/figures';
import { CONTACT_FILTERS, filterCounts, membersFor, ownMembers } from '../../branch/contacts';
import { useFreshness } from '../../hooks/useFreshness';
import { useTranslate } from '../../hooks/useTranslate';
import { useAppStore } from '../../state/store';
import { MemberRow } from './MemberRow';

export function MembersTab() {
  const t = useTranslate();
  const filter = useAppStore((s) => s.memberFilter);
  const onFilter = useAppStore((s) => s.setMemberFilter);
  const locale = useAppStore((s) => s.locale);
  const work = useAppStore((s) => s.branchWork);
  const error = useAppStore((s) => s.branchError);
  const { today, rules } = useFreshness();
  const own = useMemo(() => (work ? ownMembers(work.members, work.branchId) : []), [work]);
  const counts = useMemo(() => filterCounts(own, today, rules), [own, today, rules]);
  const shown = useMemo(() => membersFor(filter, own, today, rules), [filter, own, today, rules]);
  if (error) return <p className="panel-status panel-status--error" role="alert">{t('work.error', { message: error })}</p>;
  if (!work) return <p className="panel-status">{t('panel.loading')}</p>;
  const months = { stale: rules.staleAfterMonths.value, lost: rules.lostContactMonths.value };
  return (
    <>
      <div className="segmented member-filter" role="group" aria-label={t('members.filter')}>
        {CONTACT_FILTERS.map((f) => (
          <button key={f} type="button" data-filter={f} aria-pressed={f === filter} onClick={() => onFilter(f)}>
            {t(`members.filter.${f}`, months)} <span className="member-filter__count">{formatCount(counts[f], locale)}</span>
          </button>
        ))}
      </div>
      <h3 className="section-title">{t(`members.title.${filter}`, { count: formatCount(shown.length, locale), ...months })}</h3>
      {shown.length === 0 ? (
        <p className="panel-status">{t('members.none')}</p>
      ) : (
        <ol className="work-list">
          {shown.map((m) => (
            <MemberRow key={m.id} member={m} />
          ))}
        </ol>
      )}
    </>
  );
}
