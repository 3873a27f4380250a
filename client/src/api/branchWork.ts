/**
 * A grid branch's everyday work: its members (personal data, scoped by the server), recording
 * contacts, marking facts verified, and the download addresses of its exports.
 */
import type { ContactMethod, MemberDto } from '../../../shared/members';
import { expectObject, getJson, requestJson, withQuery } from './http';

/** `GET /api/members?branchId=`: the branch's members and the members living in its grid. */
export async function fetchBranchMembers(branchId: number, signal?: AbortSignal): Promise<MemberDto[]> {
  const path = withQuery('/api/members', { branchId });
  return expectObject<{ members: MemberDto[] }>(await getJson(path, signal), `GET ${path}`, 'members').members;
}

export interface ContactInput {
  /** YYYY-MM-DD, not in the future. */
  date: string;
  method: ContactMethod;
  note: string;
}

/** `POST /api/members/:id/contacts`; returns the member's last contact day afterwards. */
export async function recordContact(memberId: number, contact: ContactInput): Promise<string | null> {
  const body = { date: contact.date, method: contact.method, ...(contact.note.trim() ? { note: contact.note.trim() } : {}) };
  const path = `/api/members/${memberId}/contacts`;
  return expectObject<{ lastContact: string | null }>(await requestJson('POST', path, { body }), `POST ${path}`, 'lastContact').lastContact;
}

/** `POST /api/verifications`: marks a building's or member's facts verified today; returns the day. */
export async function markVerified(kind: 'building' | 'member', id: number): Promise<string> {
  const body = await requestJson('POST', '/api/verifications', { body: { kind, id } });
  return expectObject<{ verifiedOn: string }>(body, 'POST /api/verifications', 'verifiedOn').verifiedOn;
}

export const EXPORT_KINDS = ['members.csv', 'buildings.csv', 'buildings.geojson'] as const;
/** A branch download: members CSV, buildings CSV, buildings GeoJSON with coverage. */
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** Where a branch export downloads from (same origin; the session cookie goes with it). */
export function exportUrl(branchId: number, kind: ExportKind): string {
  return `/api/branches/${branchId}/${kind}`;
}
