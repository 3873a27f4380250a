/**
 * Loads a worked branch's lists into the store, and brings the page up to date after one of
 * its own writes: a new data version from `/api/meta` makes the coverage report, the branch's
 * lists and the map's tiles reload (each watches the version).
 */
import type { BBox } from '../../../shared/model';
import type { AppStore } from '../state/store';
import { fetchBranchMembers, markVerified, recordContact, type ContactInput } from './branchWork';
import { fetchLayer, fetchMeta } from './client';

/** Fetches branch `branchId`'s members and buildings (inside `bbox`, its box) for `dataVersion`. */
export async function loadBranchWork(store: AppStore, branchId: number, bbox: BBox, dataVersion: number, signal?: AbortSignal): Promise<void> {
  try {
    const [members, layer] = await Promise.all([fetchBranchMembers(branchId, signal), fetchLayer('buildings', signal, bbox)]);
    // The box also catches the neighbours' buildings along the edges.
    const buildings = layer.features.map((f) => f.properties).filter((b) => b.branchId === branchId);
    store.getState().setBranchWork({ branchId, dataVersion, members, buildings });
  } catch (error) {
    if (signal?.aborted) return;
    store.getState().failBranchWork(error instanceof Error ? error.message : String(error));
  }
}

/** Reads the data version after a write of ours, so everything shown follows it. */
export async function refreshAfterWrite(store: AppStore): Promise<void> {
  store.getState().setMeta(await fetchMeta());
}

/** Marks a building's or member's facts verified today, shows it at once, then follows the new data version. */
export async function verifyAndRefresh(store: AppStore, kind: 'building' | 'member', id: number): Promise<void> {
  const on = await markVerified(kind, id);
  store.getState().noteVerified(kind, id, on);
  await refreshAfterWrite(store);
}

/** Records a contact with a member, shows their new last contact at once, then follows the new data version. */
export async function contactAndRefresh(store: AppStore, memberId: number, contact: ContactInput): Promise<void> {
  store.getState().noteContact(memberId, await recordContact(memberId, contact));
  await refreshAfterWrite(store);
}
