/**
 * The audit log: every read of personal data and every write, with who, which role, what,
 * which records, when and from where. Append-only from the application's side.
 */
import type { Database } from 'better-sqlite3';

export interface AuditEntry {
  accountId: number | null;
  username: string;
  role: string;
  action: string;
  target?: string;
  recordIds?: readonly (number | string)[];
  ip?: string;
  detail?: string;
}

export interface AuditRow {
  id: number;
  at: string;
  account_id: number | null;
  username: string;
  role: string;
  action: string;
  target: string;
  record_ids: string;
  ip: string;
  detail: string;
}

export interface AuditFilter {
  username?: string;
  action?: string;
  /** First instant included (ISO, UTC). */
  from?: string;
  /** First instant excluded (ISO, UTC). */
  to?: string;
  limit?: number;
}

export function auditRepository(db: Database) {
  const insert = db.prepare(`INSERT INTO audit_log (at, account_id, username, role, action, target, record_ids, ip, detail)
    VALUES (@at, @accountId, @username, @role, @action, @target, @recordIds, @ip, @detail)`);
  const search = db.prepare(`SELECT * FROM audit_log
    WHERE (@username IS NULL OR username = @username)
      AND (@action IS NULL OR action = @action)
      AND (@from IS NULL OR at >= @from)
      AND (@to IS NULL OR at < @to)
    ORDER BY id DESC LIMIT @limit`);
  return {
    record(e: AuditEntry, now = Date.now()): void {
      insert.run({
        at: new Date(now).toISOString(), accountId: e.accountId, username: e.username, role: e.role, action: e.action,
        target: e.target ?? '', recordIds: (e.recordIds ?? []).join(','), ip: e.ip ?? '', detail: e.detail ?? '',
      });
    },
    search(f: AuditFilter): AuditRow[] {
      return search.all({ username: f.username ?? null, action: f.action ?? null, from: f.from ?? null, to: f.to ?? null, limit: f.limit ?? 500 }) as AuditRow[];
    },
  };
}

export type AuditRepository = ReturnType<typeof auditRepository>;
