/**
 * Members with their personal data, always read through a scope: a secretary's reads are
 * limited in SQL to their own branch's members and members living in their grid, so no code
 * path can hand them anyone else.
 */
import type { Database } from 'better-sqlite3';

export interface MemberRow {
  id: number;
  name: string;
  gender: string;
  birth_year: number;
  membership: string;
  category: string;
  education: string;
  branch_id: number | null;
  branch_code: string | null;
  building_id: number | null;
  address: string | null;
  building_branch_id: number | null;
  status: string;
  last_contact: string | null;
  phone: string;
  lead_id: number | null;
  linked_households: number;
  verified_on: string | null;
}

/** Whose members a reader may see: everyone, or one grid branch (its members and residents). */
export type MemberScope = { kind: 'all' } | { kind: 'branch'; branchId: number };

export interface MemberQuery {
  branchId?: number;
  buildingId?: number;
  status?: string;
}

const SELECT = `
  SELECT m.id, m.name, m.gender, m.birth_year, m.membership, m.category, m.education,
    m.branch_id, g.code AS branch_code, m.building_id, b.address, b.branch_id AS building_branch_id,
    m.status, m.last_contact, m.phone, l.id AS lead_id,
    coalesce((SELECT sum(k.households) FROM lead_link k WHERE k.lead_id = l.id), 0) AS linked_households,
    v.verified_on
  FROM member m
    LEFT JOIN grid_branch g ON g.id = m.branch_id
    LEFT JOIN building b ON b.id = m.building_id
    LEFT JOIN household_lead l ON l.member_id = m.id
    LEFT JOIN verification v ON v.target_kind = 'member' AND v.target_id = m.id
  WHERE (@scopeBranch IS NULL OR m.branch_id = @scopeBranch OR b.branch_id = @scopeBranch)`;

export function memberRepository(db: Database) {
  const list = db.prepare(`${SELECT}
    AND (@branchId IS NULL OR m.branch_id = @branchId OR b.branch_id = @branchId)
    AND (@buildingId IS NULL OR m.building_id = @buildingId)
    AND (@status IS NULL OR m.status = @status)
    ORDER BY m.branch_id, m.id LIMIT 5000`);
  const one = db.prepare(`${SELECT} AND m.id = @id`);
  const insertContact = db.prepare(`INSERT INTO member_contact (member_id, contact_on, method, note, account_id, created_at)
    VALUES (?, ?, ?, ?, ?, ?)`);
  const setLastContact = db.prepare('UPDATE member SET last_contact = max(coalesce(last_contact, \'\'), ?) WHERE id = ?');
  const verify = db.prepare(`INSERT INTO verification (target_kind, target_id, verified_on, account_id) VALUES (?, ?, ?, ?)
    ON CONFLICT (target_kind, target_id) DO UPDATE SET verified_on = excluded.verified_on, account_id = excluded.account_id`);
  const scopeBranch = (s: MemberScope): number | null => (s.kind === 'branch' ? s.branchId : null);
  return {
    list(scope: MemberScope, q: MemberQuery): MemberRow[] {
      return list.all({ scopeBranch: scopeBranch(scope), branchId: q.branchId ?? null, buildingId: q.buildingId ?? null, status: q.status ?? null }) as MemberRow[];
    },
    get(scope: MemberScope, id: number): MemberRow | undefined {
      return one.get({ scopeBranch: scopeBranch(scope), id }) as MemberRow | undefined;
    },
    /** Records a contact and moves the last-contact date forward (never back), in one transaction. */
    recordContact(memberId: number, c: { date: string; method: string; note: string }, accountId: number): number {
      return db.transaction(() => {
        const id = Number(insertContact.run(memberId, c.date, c.method, c.note, accountId, new Date().toISOString()).lastInsertRowid);
        setLastContact.run(c.date, memberId);
        return id;
      })();
    },
    verify(kind: 'building' | 'member', id: number, on: string, accountId: number): void {
      verify.run(kind, id, on, accountId);
    },
  };
}

export type MemberRepository = ReturnType<typeof memberRepository>;
