/**
 * Stored plans: drafts, applied and discarded ones, with author and times, and every saved
 * version in `planner_plan_revision` so nothing a planner drew is ever lost. Saves carry the
 * revision the client last saw; a mismatch means someone else saved first and nothing is
 * written.
 */
import type { Database } from 'better-sqlite3';
import type { PlanBody, PlanSeen } from '../../shared/planner/types';

export const PLAN_STATUSES = ['draft', 'applied', 'discarded'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export interface PlanRow {
  id: number;
  name: string;
  status: PlanStatus;
  author_account_id: number | null;
  author: string;
  created_at: string;
  updated_at: string;
  applied_at: string | null;
  discarded_at: string | null;
  base_version: number;
  applied_version: number | null;
  effective_on: string | null;
  revision: number;
  body: string;
  seen: string;
  last_rebase: string | null;
}

export interface Who {
  accountId: number;
  username: string;
}

export type RevisionReason = 'create' | 'save' | 'rebase' | 'apply' | 'discard';

export function planRepository(db: Database) {
  const q = {
    insert: db.prepare(`INSERT INTO planner_plan (name, author_account_id, author, created_at, updated_at, base_version, body, seen)
      VALUES (@name, @accountId, @username, @now, @now, @baseVersion, @body, @seen)`),
    get: db.prepare('SELECT * FROM planner_plan WHERE id = ?'),
    list: db.prepare(`SELECT id, name, status, author, created_at, updated_at, applied_at, discarded_at, base_version, applied_version, effective_on, revision,
        json_array_length(body, '$.steps') AS steps
      FROM planner_plan WHERE (@status IS NULL OR status = @status) ORDER BY updated_at DESC, id DESC LIMIT 500`),
    save: db.prepare(`UPDATE planner_plan SET name = @name, body = @body, seen = @seen, updated_at = @now, revision = revision + 1,
        last_rebase = coalesce(@lastRebase, last_rebase)
      WHERE id = @id AND revision = @expectedRevision AND status = 'draft'`),
    applied: db.prepare(`UPDATE planner_plan SET status = 'applied', applied_at = @now, updated_at = @now, applied_version = @version,
        effective_on = @on, revision = revision + 1 WHERE id = @id AND status = 'draft'`),
    discarded: db.prepare(`UPDATE planner_plan SET status = 'discarded', discarded_at = @now, updated_at = @now, revision = revision + 1
      WHERE id = @id AND status = 'draft' AND revision = @expectedRevision`),
    record: db.prepare(`INSERT INTO planner_plan_revision (plan_id, revision, body, seen, saved_at, username, reason)
      SELECT id, revision, body, seen, @now, @username, @reason FROM planner_plan WHERE id = @id`),
    revisions: db.prepare('SELECT revision, saved_at, username, reason, body FROM planner_plan_revision WHERE plan_id = ? ORDER BY revision'),
  };
  const now = (): string => new Date().toISOString();
  const record = (id: number, who: Who, reason: RevisionReason): void => {
    q.record.run({ id, now: now(), username: who.username, reason });
  };

  return {
    /** Stores a new draft; returns its id. */
    create(name: string, body: PlanBody, seen: PlanSeen, baseVersion: number, who: Who): number {
      return db.transaction(() => {
        const id = Number(q.insert.run({ name, accountId: who.accountId, username: who.username, now: now(), baseVersion, body: JSON.stringify(body), seen: JSON.stringify(seen) }).lastInsertRowid);
        record(id, who, 'create');
        return id;
      })();
    },
    get: (id: number) => q.get.get(id) as PlanRow | undefined,
    list: (status?: PlanStatus) => q.list.all({ status: status ?? null }) as (Omit<PlanRow, 'body' | 'seen' | 'last_rebase' | 'author_account_id'> & { steps: number })[],
    /**
     * Saves a new version of a draft if nobody saved since `expectedRevision`; returns false
     * (writing nothing) otherwise. `reason` says why, for the revision list.
     */
    save(id: number, p: { name: string; body: PlanBody; seen: PlanSeen; expectedRevision: number; lastRebase?: unknown }, who: Who, reason: RevisionReason = 'save'): boolean {
      return db.transaction(() => {
        const changed = q.save.run({
          id, name: p.name, body: JSON.stringify(p.body), seen: JSON.stringify(p.seen), now: now(), expectedRevision: p.expectedRevision,
          lastRebase: p.lastRebase === undefined ? null : JSON.stringify(p.lastRebase),
        }).changes;
        if (changed > 0) record(id, who, reason);
        return changed > 0;
      })();
    },
    /** Marks a draft applied (inside the apply's transaction). */
    markApplied(id: number, version: number, on: string, who: Who): void {
      q.applied.run({ id, now: now(), version, on });
      record(id, who, 'apply');
    },
    /** Discards a draft if nobody saved since `expectedRevision`; false otherwise. */
    discard(id: number, expectedRevision: number, who: Who): boolean {
      return db.transaction(() => {
        const changed = q.discarded.run({ id, now: now(), expectedRevision }).changes;
        if (changed > 0) record(id, who, 'discard');
        return changed > 0;
      })();
    },
    revisions: (id: number) => q.revisions.all(id) as { revision: number; saved_at: string; username: string; reason: RevisionReason; body: string }[],
  };
}

export type PlanRepository = ReturnType<typeof planRepository>;
