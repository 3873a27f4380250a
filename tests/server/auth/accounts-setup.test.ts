import { describe, expect, it } from 'vitest';
import { setupAccounts } from '../../../server/auth/accounts-setup';
import { openDatabase } from '../../../server/db/open';
import { accountRepository } from '../../../server/repositories/accounts';
import { loadDataset } from '../../../server/seed/load';
import { tinyDataset } from '../fixtures/tiny-dataset';

function db() {
  const d = openDatabase(':memory:');
  loadDataset(d, tinyDataset());
  return d;
}

describe('first accounts', () => {
  it('come with freshly loaded demo data: one per role, the secretary on the first grid, and a wall token', async () => {
    const d = db();
    const setup = await setupAccounts(d, true, {});
    expect(setup?.created.map((a) => a.role)).toEqual(['admin', 'planner', 'secretary', 'viewer']);
    expect(setup?.created.find((a) => a.role === 'secretary')?.branch).toBe('37020399900101');
    expect(setup?.wallToken).toMatch(/^[\w-]{40,}$/);
    expect(await setupAccounts(d, true, {})).toBeNull();
  });

  it('never use demo passwords on data that was not just seeded: the first admin comes from the environment', async () => {
    await expect(setupAccounts(db(), false, {})).rejects.toThrow(/GRIDMAP_ADMIN_USER and GRIDMAP_ADMIN_PASSWORD/);
    await expect(setupAccounts(db(), true, { GRIDMAP_DEMO: '0' })).rejects.toThrow(/GRIDMAP_ADMIN_USER/);
    await expect(setupAccounts(db(), false, { GRIDMAP_ADMIN_USER: 'chief', GRIDMAP_ADMIN_PASSWORD: 'short' })).rejects.toThrow(/12 characters/);
    const d = db();
    const setup = await setupAccounts(d, false, { GRIDMAP_ADMIN_USER: 'chief', GRIDMAP_ADMIN_PASSWORD: 'a-long-enough-secret' });
    expect(setup?.created).toEqual([{ username: 'chief', password: '(from GRIDMAP_ADMIN_PASSWORD)', role: 'admin' }]);
    expect(accountRepository(d).list().map((a) => a.username)).toEqual(['chief']);
  });
});
