/**
 * 迁入迁出: the branch's members who moved out (moving, transferred out, living outside the
 * grid or nowhere known) and members living in the grid whose branch is another one.
 */
import { useMemo } from 'react';
import type { MemberDto } from '../../../../shared/members';
import { formatCount } from '../../../../shared/format/figures';
import { memberLabel } from '../../branch/labels';
import { branchMoves } from '../../branch/moves';
import { useTranslate } from '../../hooks/useTranslate';
import { useAppStore } from '../../state/store';

function MoveRow({ member, note }: { member: MemberDto; note: string }) {
  const t = useTranslate();
  return (
    <li className="work-row move-row" data-id={member.id}>
      <span className="work-row__title">{member.name}</span>
      <span className="work-row__facts move-row__note">{note}</span>
      <span className="work-row__facts">
        {/* The status only where the note does not already say it. */}
        {[member.status === 'active' || member.status === 'moving' || member.status === 'transferred_out' ? null : memberLabel('status', member.status, t), member.address ?? t('moves.noAddress')]
          .filter(Boolean)
          .join(' · ')}
      </span>
    </li>
  );
}

export function MovesTab() {
  const t = useTranslate();
  const locale = useAppStore((s) => s.locale);
  const work = useAppStore((s) => s.branchWork);
  const error = useAppStore((s) => s.branchError);
  const moves = useMemo(() => (work ? branchMoves(work.members, work.branchId, new Set(work.buildings.map((b) => b.id))) : null), [work]);
  if (error) return <p className="panel-status panel-status--error" role="alert">{t('work.error', { message: error })}</p>;
  if (!moves) return <p className="panel-status">{t('panel.loading')}</p>;
  return (
    <>
      <section className="moves" data-moves="out">
        <h3 className="section-title">{t('moves.out', { count: formatCount(moves.movedOut.length, locale) })}</h3>
        {moves.movedOut.length === 0 && <p className="panel-status">{t('moves.noneOut')}</p>}
        <ol className="work-list">
          {moves.movedOut.map(({ member, reason }) => (
            <MoveRow key={member.id} member={member} note={t(`moves.reason.${reason}`)} />
          ))}
        </ol>
      </section>
      <section className="moves" data-moves="in">
        <h3 className="section-title">{t('moves.in', { count: formatCount(moves.movedIn.length, locale) })}</h3>
        {moves.movedIn.length === 0 && <p className="panel-status">{t('moves.noneIn')}</p>}
        <ol className="work-list">
          {moves.movedIn.map((member) => (
            <MoveRow key={member.id} member={member} note={member.branchCode ? t('moves.branchOf', { code: member.branchCode }) : t('moves.noBranch')} />
          ))}
        </ol>
      </section>
    </>
  );
}
