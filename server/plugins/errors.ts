/**
 * The one error handler: every failure answers with `ApiError` (shared/api.ts), naming the
 * parameter or field at fault so the caller knows what to fix.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { ApiError } from '../../shared/api';
import { isBusy } from '../db/busy';

/** Seconds a client is asked to wait when the database is busy with another write. */
const BUSY_RETRY_SECONDS = 5;

/** An error a route throws on purpose, with the HTTP status and the field it is about. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly field?: string,
    readonly record?: string,
  ) {
    super(message);
  }
}

const reason = (status: number): string => STATUS_CODES[status] ?? 'Error';

function validationField(error: FastifyError): string | undefined {
  const first = error.validation?.[0];
  if (!first) return undefined;
  const params = first.params as { missingProperty?: unknown; additionalProperty?: unknown };
  if (typeof params.missingProperty === 'string') return params.missingProperty;
  if (typeof params.additionalProperty === 'string') return params.additionalProperty;
  const path = first.instancePath.replace(/^\//, '').replace(/\//g, '.');
  return path || undefined;
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    let body: ApiError;
    if ('validation' in error && error.validation) {
      const field = validationField(error);
      const where = error.validationContext ?? 'request';
      const allowed = (error.validation[0]?.params as { allowedValues?: unknown } | undefined)?.allowedValues;
      const detail = Array.isArray(allowed)
        ? `must be one of: ${allowed.join(', ')}`
        : error.validation[0]?.keyword === 'additionalProperties'
          ? 'is not a known parameter (must NOT have additional properties)'
          : (error.validation[0]?.message ?? 'is invalid');
      body = {
        statusCode: 400,
        error: reason(400),
        message: field ? `${where} parameter "${field}" ${detail}` : error.message,
        ...(field ? { field } : {}),
      };
    } else if (error instanceof HttpError) {
      body = {
        statusCode: error.statusCode,
        error: reason(error.statusCode),
        message: error.message,
        ...(error.field ? { field: error.field } : {}),
        ...(error.record ? { record: error.record } : {}),
      };
    } else if (typeof error.statusCode === 'number' && error.statusCode < 500) {
      body = { statusCode: error.statusCode, error: reason(error.statusCode), message: error.message };
    } else if (isBusy(error)) {
      // Another connection (an import's commit) held the write lock past the busy timeout.
      request.log.warn({ err: error }, 'database busy');
      void reply.header('retry-after', String(BUSY_RETRY_SECONDS));
      body = { statusCode: 503, error: reason(503), message: 'The database is busy with another write (an import, most likely); nothing was changed. Try again in a few seconds.' };
    } else {
      request.log.error({ err: error }, 'unhandled error');
      body = { statusCode: 500, error: 'Internal Server Error', message: 'The server failed; the error is in its log.' };
    }
    void reply.status(body.statusCode).send(body);
  });
}

/** JSON schema of `ApiError`, for route response declarations. */
export const apiErrorSchema = {
  $id: 'ApiError',
  type: 'object',
  required: ['statusCode', 'error', 'message'],
  properties: {
    statusCode: { type: 'integer' },
    error: { type: 'string' },
    message: { type: 'string' },
    record: { type: 'string' },
    field: { type: 'string' },
  },
} as const;
