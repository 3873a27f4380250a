/**
 * The plan against the current grid: buildings moved, branches created and dissolved, members
 * whose branch changes (by name: the workspace is for planners and admins, who may see names;
 * the server audits the read, and a member whose name did not come shows as their number),
 * coverage before → after.
 */
import { useEffect, useState } from 'react';
import type { MemberMove } from '../../../../shared/planner/types';
import { fetchMemberNames } from '../../api/planner';
import { useTranslate } from '../../hooks/useTranslate';
import { useAppStore } from '../../state/store';
import { selectAnalysis } from '../derive';
import { percent, targetName } from '../labels';
import { createdBranches } from '../painting';

/** Names are asked for at most this many members at once (the route takes 500). */
const NAMES_AT_ONCE = 200;

/** Names of the members a plan moves, fetched when the list of them changes. */
function useMemberNames(moves: readonly MemberMove[]): ReadonlyMap<number, string> {
  const ids = moves.slice(0, NAMES_AT_ONCE).map((m) => m.memberId);
  const key = ids.join(',');
  const [names, setNames] = useState<{ key: string; names: ReadonlyMap<number, string> }>({ key: '', names: new Map() });
  useEffect(() => {
    if (key === '') return undefined;
    const abort = new AbortController();
    fetchMemberNames(key.split(',').map(Number), abort.signal).then(
      (found) => setNames({ key, names: found }),
      () => setNames({ key, names: new Map() }),
    );
    return () => abort.abort();
  }, [key]);
  return names.names;
}

export function DiffSummary() {
  const t = useTranslate();
  const analysis = useAppStore(selectAnalysis);
  const base = useAppStore((s) => s.plannerBase);
  const plan = useAppStore((s) => s.plan);
  const names = useMemberNames(analysis?.evaluation.diff.members ?? []);
  if (!analysis || !base) return null;
  const d = analysis.evaluation.diff;
  const created = createdBranches(plan);
  const branch = (to: MemberMove['to']) => targetName(base.prepared, created, to, t);
  const households = d.moves.reduce((s, m) => s + m.households, 0);
  return (
    <section className="planner-diff" aria-label={t('planner.diff.title')}>
      <h3 className="planner-h3">{t('planner.diff.title')}</h3>
      <dl className="planner-diff__list">
        <dt>{t('planner.diff.moves')}</dt>
        <dd data-testid="diff-moves">{t('planner.diff.movesValue', { count: d.moves.length, households })}</dd>
        <dt>{t('planner.diff.created')}</dt>
        <dd>{d.created.length === 0 ? '—' : d.created.map((c) => t('planner.diff.createdValue', { name: c.name, count: c.buildings })).join('；')}</dd>
        <dt>{t('planner.diff.dissolved')}</dt>
        <dd>{d.dissolved.length === 0 ? '—' : d.dissolved.map((b) => `${b.name} (${b.code.slice(-2)})`).join('；')}</dd>
        <dt>{t('planner.diff.members')}</dt>
        <dd data-testid="diff-members">
          {t('planner.diff.membersValue', { count: d.members.length })}
          {d.members.length > 0 && (
            <ul className="planner-diff__members">
              {d.members.map((m) => (
                <li key={m.memberId} data-member={m.memberId}>
                  {t('planner.diff.memberMove', { name: names.get(m.memberId) ?? `#${m.memberId}`, from: branch(m.from), to: branch(m.to), why: t(`planner.diff.why.${m.reason}`) })}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('planner.diff.liaisons')}</dt>
        <dd>{t('planner.diff.liaisonsValue', { added: d.liaisons.added.length, removed: d.liaisons.removed.length, leads: d.leads.length })}</dd>
        <dt>{t('planner.diff.coverage')}</dt>
        <dd data-testid="diff-coverage">
          {percent(d.coverage.before.coverage)} → {percent(d.coverage.after.coverage)}
          {' · '}
          {t('planner.diff.unassigned', { before: d.coverage.before.unassignedBuildings, after: d.coverage.after.unassignedBuildings })}
        </dd>
      </dl>
    </section>
  );
}
