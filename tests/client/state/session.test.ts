import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../client/src/state/store';
import { BRANCH_WORK_TABS, DASHBOARD_TABS, panelTabs } from '../../../client/src/state/panelSlice';
import { member } from '../branch/fixtures';

const session = { username: 'secretary', displayName: '书记', role: 'secretary' as const, branchId: 1, csrfToken: 't', expiresAt: '' };

describe('the session in the store', () => {
  it('starts checking, then is signed in or out', () => {
    const store = createAppStore();
    expect(store.getState().authStatus).toBe('checking');
    store.getState().setSession(session);
    expect(store.getState()).toMatchObject({ authStatus: 'signedIn', session, signInNotice: null });
    store.getState().setSession(null);
    expect(store.getState().authStatus).toBe('signedOut');
  });

  it('on a lost session goes back to sign-in with a notice and drops the branch\u2019s personal data', () => {
    const store = createAppStore();
    store.getState().setSession(session);
    store.getState().setBranchWork({ branchId: 1, dataVersion: 3, members: [member(1)], buildings: [] });
    store.getState().sessionLost();
    expect(store.getState()).toMatchObject({ authStatus: 'signedOut', session: null, signInNotice: 'expired', branchWork: null });
  });

  it('ignores a lost session when nobody was signed in (the first probe\u2019s 401)', () => {
    const store = createAppStore();
    store.getState().sessionLost();
    expect(store.getState()).toMatchObject({ authStatus: 'checking', signInNotice: null });
  });
});

describe('the branch\u2019s lists in the store', () => {
  it('shows a new contact and a verification at once, as new objects', () => {
    const store = createAppStore();
    store.getState().setBranchWork({ branchId: 1, dataVersion: 3, members: [member(1), member(2)], buildings: [{ id: 10, verifiedOn: null } as never] });
    const before = store.getState().branchWork;
    store.getState().noteContact(2, '2026-11-22');
    store.getState().noteVerified('building', 10, '2026-11-22');
    store.getState().noteVerified('member', 1, '2026-11-21');
    const after = store.getState().branchWork;
    expect(after).not.toBe(before);
    expect(after?.members.map((m) => [m.lastContact, m.verifiedOn])).toEqual([['2026-10-01', '2026-11-21'], ['2026-11-22', null]]);
    expect(after?.buildings[0]?.verifiedOn).toBe('2026-11-22');
  });
});

describe('panel tabs', () => {
  it('offers the branch work tabs only on a worked branch, and shows the overview for a tab not offered', () => {
    expect(panelTabs(true, 'members')).toEqual({ tabs: BRANCH_WORK_TABS, shown: 'members' });
    expect(panelTabs(false, 'members')).toEqual({ tabs: DASHBOARD_TABS, shown: 'overview' });
    expect(panelTabs(true, 'violations').shown).toBe('overview');
    expect(panelTabs(false, 'gaps').shown).toBe('gaps');
  });
});
