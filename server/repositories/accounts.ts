/**
 * Accounts, sessions and wall tokens. Session and wall tokens are looked up by their hash.
 */
import type { Database } from 'better-sqlite3';
import type { AccountRole } from '../../shared/auth/roles';
import { newToken, tokenHash } from '../auth/tokens';
import { writeIfFree } from '../db/busy';

export interface AccountRow {
  id: number;
  username: string;
  display_name: string;
  role: AccountRole;
  branch_id: number | null;
  password_hash: string;
  disabled: 0 | 1;
  created_at: string;
}

export interface SessionRow {
  token_hash: string;
  account_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface WallTokenRow {
  id: number;
  name: string;
  created_at: string;
  revoked_at: string | null;
  last_seen_at: string | null;
}

export interface NewAccount {
  username: string;
  displayName: string;
  role: AccountRole;
  branchId: number | null;
  passwordHash: string;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * How stale "last seen" may get before a request records it again (ms). Every request reads
 * its session; writing on each would take SQLite's write lock for bookkeeping alone.
 */
export const SEEN_EVERY_MS = 60_000;

/** Whether a "last seen" of `seen` (ISO, or never) is due to be written again at `now`. */
const seenDue = (seen: string | null, now: number): boolean => seen === null || Date.parse(seen) <= now - SEEN_EVERY_MS;

export function accountRepository(db: Database) {
  const q = {
    byUsername: db.prepare('SELECT * FROM account WHERE username = ?'),
    byId: db.prepare('SELECT * FROM account WHERE id = ?'),
    list: db.prepare('SELECT * FROM account ORDER BY role, username'),
    insert: db.prepare(`INSERT INTO account (username, display_name, role, branch_id, password_hash, created_at)
      VALUES (@username, @displayName, @role, @branchId, @passwordHash, @createdAt)`),
    update: db.prepare(`UPDATE account SET display_name = @displayName, role = @role, branch_id = @branchId, disabled = @disabled WHERE id = @id`),
    setPassword: db.prepare('UPDATE account SET password_hash = ? WHERE id = ?'),
    count: db.prepare('SELECT count(*) FROM account').pluck(),
    activeAdmins: db.prepare("SELECT count(*) FROM account WHERE role = 'admin' AND disabled = 0").pluck(),
    branchExists: db.prepare('SELECT 1 FROM grid_branch WHERE id = ? AND valid_to IS NULL').pluck(),
    firstBranch: db.prepare('SELECT id, code FROM grid_branch WHERE valid_to IS NULL ORDER BY code LIMIT 1'),
    insertSession: db.prepare(`INSERT INTO session (token_hash, account_id, csrf_token, created_at, expires_at, last_seen_at, ip)
      VALUES (?, ?, ?, ?, ?, ?, ?)`),
    session: db.prepare('SELECT * FROM session WHERE token_hash = ?'),
    touchSession: db.prepare('UPDATE session SET last_seen_at = ? WHERE token_hash = ?'),
    deleteSession: db.prepare('DELETE FROM session WHERE token_hash = ?'),
    deleteSessionsOf: db.prepare('DELETE FROM session WHERE account_id = ?'),
    deleteExpired: db.prepare('DELETE FROM session WHERE expires_at <= ?'),
    insertWall: db.prepare('INSERT INTO wall_token (name, token_hash, created_at) VALUES (?, ?, ?)'),
    wallByHash: db.prepare('SELECT id, name, created_at, revoked_at, last_seen_at FROM wall_token WHERE token_hash = ?'),
    touchWall: db.prepare('UPDATE wall_token SET last_seen_at = ? WHERE id = ?'),
    listWalls: db.prepare('SELECT id, name, created_at, revoked_at, last_seen_at FROM wall_token ORDER BY id'),
    revokeWall: db.prepare('UPDATE wall_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
  };
  return {
    byUsername: (username: string) => q.byUsername.get(username) as AccountRow | undefined,
    byId: (id: number) => q.byId.get(id) as AccountRow | undefined,
    list: () => q.list.all() as AccountRow[],
    count: () => q.count.get() as number,
    /** Enabled administrators: the last one may not be demoted or disabled. */
    activeAdmins: () => q.activeAdmins.get() as number,
    /** Whether `id` is a current grid branch (a secretary must lead one). */
    branchExists: (id: number) => q.branchExists.get(id) === 1,
    /** The first current grid branch by code (the demo secretary's). */
    firstBranch: () => q.firstBranch.get() as { id: number; code: string } | undefined,
    create(a: NewAccount, now = Date.now()): number {
      return Number(q.insert.run({ ...a, createdAt: iso(now) }).lastInsertRowid);
    },
    /**
     * Changes an account. When its role, branch or disabled flag changes, its open sessions end
     * (they carry the old rights); a new display name alone keeps them.
     */
    update(id: number, a: { displayName: string; role: AccountRole; branchId: number | null; disabled: boolean }): void {
      db.transaction(() => {
        const before = q.byId.get(id) as AccountRow | undefined;
        q.update.run({ id, displayName: a.displayName, role: a.role, branchId: a.branchId, disabled: a.disabled ? 1 : 0 });
        const rightsChanged = !before || before.role !== a.role || before.branch_id !== a.branchId || (before.disabled === 1) !== a.disabled;
        if (rightsChanged) q.deleteSessionsOf.run(id);
      })();
    },
    setPassword(id: number, passwordHash: string): void {
      db.transaction(() => {
        q.setPassword.run(passwordHash, id);
        q.deleteSessionsOf.run(id);
      })();
    },
    /** Opens a session; returns the token (to the cookie) and the CSRF token. */
    openSession(accountId: number, ttlMs: number, ip: string, now = Date.now()): { token: string; csrf: string; expiresAt: string } {
      const token = newToken();
      const csrf = newToken();
      const expiresAt = iso(now + ttlMs);
      q.insertSession.run(tokenHash(token), accountId, csrf, iso(now), expiresAt, iso(now), ip);
      return { token, csrf, expiresAt };
    },
    /** The live session for a token; expired ones are deleted and not returned. */
    session(token: string, now = Date.now()): SessionRow | undefined {
      const row = q.session.get(tokenHash(token)) as SessionRow | undefined;
      if (!row) return undefined;
      if (row.expires_at <= iso(now)) {
        q.deleteSession.run(row.token_hash);
        return undefined;
      }
      // Skipped while another connection writes (an import): the session still answers.
      if (seenDue(row.last_seen_at, now)) writeIfFree(db, () => q.touchSession.run(iso(now), row.token_hash));
      return row;
    },
    closeSession: (token: string) => void q.deleteSession.run(tokenHash(token)),
    purgeExpired: (now = Date.now()) => q.deleteExpired.run(iso(now)).changes,
    createWallToken(name: string, now = Date.now()): { id: number; token: string } {
      const token = newToken();
      const id = Number(q.insertWall.run(name, tokenHash(token), iso(now)).lastInsertRowid);
      return { id, token };
    },
    wallToken(token: string, now = Date.now()): WallTokenRow | undefined {
      const row = q.wallByHash.get(tokenHash(token)) as WallTokenRow | undefined;
      if (!row || row.revoked_at) return undefined;
      if (seenDue(row.last_seen_at, now)) writeIfFree(db, () => q.touchWall.run(iso(now), row.id));
      return row;
    },
    listWallTokens: () => q.listWalls.all() as WallTokenRow[],
    revokeWallToken: (id: number, now = Date.now()) => q.revokeWall.run(iso(now), id).changes === 1,
  };
}

export type AccountRepository = ReturnType<typeof accountRepository>;
