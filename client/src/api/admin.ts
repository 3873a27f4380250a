/**
 * The administrator's API: accounts, wall display tokens and the audit log.
 */
import type { AccountRole } from '../../../shared/auth/roles';
import { expectObject, getJson, requestJson, withQuery } from './http';

export interface AccountDto {
  id: number;
  username: string;
  displayName: string;
  role: AccountRole;
  branchId: number | null;
  disabled: boolean;
  createdAt: string;
}

export interface NewAccountInput {
  username: string;
  password: string;
  displayName: string;
  role: AccountRole;
  branchId: number | null;
}

/** What an edit may change; absent fields stay as they are. */
export interface AccountChange {
  displayName?: string;
  role?: AccountRole;
  branchId?: number | null;
  disabled?: boolean;
  password?: string;
}

export interface WallTokenDto {
  id: number;
  name: string;
  created_at: string;
  revoked_at: string | null;
  last_seen_at: string | null;
}

/** A new wall token: shown once, never again. */
export interface CreatedWallToken {
  id: number;
  token: string;
  /** Root-relative address the wall display opens, `/wall?wall=…`. */
  url: string;
}

export interface AuditEntry {
  id: number;
  at: string;
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
  /** First day, inclusive (YYYY-MM-DD). */
  from?: string;
  /** Last day, inclusive (YYYY-MM-DD). */
  to?: string;
}

export async function fetchAccounts(signal?: AbortSignal): Promise<AccountDto[]> {
  return expectObject<{ accounts: AccountDto[] }>(await getJson('/api/admin/accounts', signal), 'GET /api/admin/accounts', 'accounts').accounts;
}

export async function createAccount(input: NewAccountInput): Promise<AccountDto> {
  const body = { ...input, branchId: input.role === 'secretary' ? input.branchId : null };
  return expectObject<AccountDto>(await requestJson('POST', '/api/admin/accounts', { body }), 'POST /api/admin/accounts', 'id');
}

export async function updateAccount(id: number, change: AccountChange): Promise<AccountDto> {
  const path = `/api/admin/accounts/${id}`;
  return expectObject<AccountDto>(await requestJson('PATCH', path, { body: change }), `PATCH ${path}`, 'id');
}

export async function fetchWallTokens(signal?: AbortSignal): Promise<WallTokenDto[]> {
  return expectObject<{ tokens: WallTokenDto[] }>(await getJson('/api/admin/wall-tokens', signal), 'GET /api/admin/wall-tokens', 'tokens').tokens;
}

export async function createWallToken(name: string): Promise<CreatedWallToken> {
  return expectObject<CreatedWallToken>(await requestJson('POST', '/api/admin/wall-tokens', { body: { name } }), 'POST /api/admin/wall-tokens', 'token');
}

export async function revokeWallToken(id: number): Promise<void> {
  await requestJson('DELETE', `/api/admin/wall-tokens/${id}`);
}

/** The audit log query path; `csv` makes it the download's address. */
export function auditPath(filter: AuditFilter, csv = false): string {
  return withQuery('/api/admin/audit', { ...filter, format: csv ? 'csv' : undefined });
}

export async function fetchAudit(filter: AuditFilter, signal?: AbortSignal): Promise<AuditEntry[]> {
  const path = auditPath(filter);
  return expectObject<{ entries: AuditEntry[] }>(await getJson(path, signal), `GET ${path}`, 'entries').entries;
}
