/**
 * Random bearer tokens (sessions, wall displays, CSRF) and their stored form: the database
 * keeps only a SHA-256 of a session or wall token, never the token itself.
 */
import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: 256 bits, unguessable. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
