/**
 * The grid branch being worked on (the secretary's own, or any for an administrator): its
 * members with personal data and its buildings with their verification days, as the server
 * gave them for one data version. Figures stay in the coverage report; this holds what the
 * branch's lists need beyond it.
 */
import type { StateCreator } from 'zustand';
import type { BuildingProps } from '../../../shared/api';
import type { MemberDto } from '../../../shared/members';
import type { AppState } from './store';

export interface BranchWork {
  branchId: number;
  /** The data version the lists were read at; a newer one means reload. */
  dataVersion: number;
  /** The branch's members and the members living in its grid (server-scoped). */
  members: MemberDto[];
  /** Current buildings of the grid, as the buildings layer describes them. */
  buildings: BuildingProps[];
}

export interface BranchSlice {
  branchWork: BranchWork | null;
  /** Why the branch's lists could not be loaded; null while all is well. */
  branchError: string | null;
  setBranchWork: (work: BranchWork | null) => void;
  failBranchWork: (message: string) => void;
  /** Puts a member's new last-contact day in the list at once (the reload follows). */
  noteContact: (memberId: number, lastContact: string | null) => void;
  /** Puts a building's or member's new verification day in the lists at once. */
  noteVerified: (kind: 'building' | 'member', id: number, on: string) => void;
}

export const createBranchSlice: StateCreator<AppState, [], [], BranchSlice> = (set) => ({
  branchWork: null,
  branchError: null,
  setBranchWork: (branchWork) => set({ branchWork, branchError: null }),
  failBranchWork: (branchError) => set({ branchError }),
  noteContact: (memberId, lastContact) =>
    set(({ branchWork }) => ({
      branchWork: branchWork && {
        ...branchWork,
        members: branchWork.members.map((m) => (m.id === memberId ? { ...m, lastContact } : m)),
      },
    })),
  noteVerified: (kind, id, on) =>
    set(({ branchWork }) => {
      if (!branchWork) return {};
      if (kind === 'member') return { branchWork: { ...branchWork, members: branchWork.members.map((m) => (m.id === id ? { ...m, verifiedOn: on } : m)) } };
      return { branchWork: { ...branchWork, buildings: branchWork.buildings.map((b) => (b.id === id ? { ...b, verifiedOn: on } : b)) } };
    }),
});
