/**
 * First accounts of a database that has none. Demo accounts (one per role, with the well-known
 * passwords the README lists, and a wall token) are created only together with the demo data:
 * when `npm start` or `npm run seed` has just loaded the synthetic sub-district, and
 * GRIDMAP_DEMO is not 0. Any other database — real data, imported data — gets its first
 * administrator from GRIDMAP_ADMIN_USER and GRIDMAP_ADMIN_PASSWORD, or the server refuses to
 * start, so well-known passwords never guard real personal data.
 */
import type { Database } from 'better-sqlite3';
import type { AccountRole } from '../../shared/auth/roles';
import { accountRepository } from '../repositories/accounts';
import { hashPassword } from './passwords';

export interface DemoAccount {
  username: string;
  password: string;
  role: AccountRole;
  displayName: string;
  branchCode?: string;
}

/** The demo accounts; the secretary answers for the first grid of the first community. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', password: 'admin-demo', role: 'admin', displayName: '系统管理员' },
  { username: 'planner', password: 'planner-demo', role: 'planner', displayName: '街道规划员' },
  { username: 'secretary', password: 'secretary-demo', role: 'secretary', displayName: '网格党支部书记' },
  { username: 'viewer', password: 'viewer-demo', role: 'viewer', displayName: '浏览用户' },
];

export interface SetupResult {
  created: { username: string; password: string; role: string; branch?: string }[];
  wallToken?: string;
}

/**
 * Creates the first accounts if there are none. Returns what was created (to print once), or
 * null when accounts already exist. Throws with instructions when production has no admin.
 */
export async function setupAccounts(db: Database, demoDataJustLoaded: boolean, env: NodeJS.ProcessEnv = process.env): Promise<SetupResult | null> {
  const accounts = accountRepository(db);
  if (accounts.count() > 0) return null;
  const demo = demoDataJustLoaded && env.GRIDMAP_DEMO !== '0';
  if (!demo) {
    const username = env.GRIDMAP_ADMIN_USER;
    const password = env.GRIDMAP_ADMIN_PASSWORD;
    if (!username || !password || password.length < 12) {
      throw new Error('This database has no accounts and does not hold freshly loaded demo data: set GRIDMAP_ADMIN_USER and GRIDMAP_ADMIN_PASSWORD (12 characters or more) for the first administrator, then start again.');
    }
    accounts.create({ username, displayName: username, role: 'admin', branchId: null, passwordHash: await hashPassword(password) });
    return { created: [{ username, password: '(from GRIDMAP_ADMIN_PASSWORD)', role: 'admin' }] };
  }
  const firstBranch = accounts.firstBranch();
  const result: SetupResult = { created: [] };
  for (const a of DEMO_ACCOUNTS) {
    if (a.role === 'secretary' && !firstBranch) continue;
    const branchId = a.role === 'secretary' ? (firstBranch?.id ?? null) : null;
    accounts.create({ username: a.username, displayName: a.displayName, role: a.role, branchId, passwordHash: await hashPassword(a.password) });
    result.created.push({ username: a.username, password: a.password, role: a.role, ...(branchId ? { branch: firstBranch?.code } : {}) });
  }
  result.wallToken = accounts.createWallToken('指挥中心大屏 / Command centre wall').token;
  return result;
}
