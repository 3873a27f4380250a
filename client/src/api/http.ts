/**
 * The one way the client talks HTTP: same-origin, root-relative paths only (the client never
 * talks to any other host), JSON in and out, the session's CSRF token on every write, and the
 * API's error shape (`ApiError`) turned into an `ApiRequestError` whose message is the server's,
 * to show to the user.
 */
import type { ApiError } from '../../../shared/api';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A failed request: the HTTP status and the server's message (what the user should read). */
export class ApiRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** Which field the server complained about, when it said. */
    readonly field?: string,
    /** Seconds the server asked us to wait (429 Retry-After), when it said. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

/** The session's CSRF token, sent as `x-csrf-token` with every write; empty when signed out. */
let csrfToken = '';
/** Called when a request other than sign-in is refused with 401: the session has ended. */
let onSessionLost: (() => void) | null = null;

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** Registers what to do when the server says the session is gone (expired, signed out elsewhere). */
export function setSessionLostHandler(handler: (() => void) | null): void {
  onSessionLost = handler;
}

function isApiError(body: unknown): body is ApiError {
  return typeof body === 'object' && body !== null && typeof (body as ApiError).message === 'string';
}

async function errorOf(response: Response, method: string, path: string): Promise<ApiRequestError> {
  const body: unknown = await response.json().catch(() => null);
  const retry = Number(response.headers.get('retry-after'));
  return new ApiRequestError(
    isApiError(body) ? body.message : `${method} ${path} → HTTP ${response.status}`,
    response.status,
    isApiError(body) ? body.field : undefined,
    Number.isFinite(retry) && retry > 0 ? retry : undefined,
  );
}

export interface RequestOptions {
  body?: unknown;
  signal?: AbortSignal;
  /** A 401 here is an answer, not a lost session (sign-in, the session probe). */
  expectUnauthorized?: boolean;
}

/** Sends a request and returns the parsed JSON body (undefined for 204). Throws `ApiRequestError`. */
export async function requestJson(method: string, path: string, options: RequestOptions = {}): Promise<unknown> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (WRITES.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(path, {
    method,
    headers,
    signal: options.signal,
    credentials: 'same-origin',
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  if (!response.ok) {
    const error = await errorOf(response, method, path);
    if (response.status === 401 && !options.expectUnauthorized) onSessionLost?.();
    throw error;
  }
  if (response.status === 204) return undefined;
  return response.json();
}

/** `GET path` as JSON. */
export function getJson(path: string, signal?: AbortSignal): Promise<unknown> {
  return requestJson('GET', path, { signal });
}

/** Reads `field` of a JSON object body, or throws naming the route: the contract was broken. */
export function expectObject<T>(body: unknown, path: string, field: string): T {
  if (typeof body !== 'object' || body === null || !(field in body)) throw new Error(`${path}: unexpected response`);
  return body as T;
}

/** Appends the defined, non-empty values of `params` to `path` as a query string. */
export function withQuery(path: string, params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') query.set(key, String(value));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
