/**
 * Imports over HTTP, for the admin page's wizard (the contract is in shared/import/api.ts):
 * upload → analysis and proposed mapping → validation report → commit the valid part or
 * nothing, each step polled at `GET /api/imports/:id`. Admins and planners import; only an
 * admin imports members (personal data). Steps run on a worker thread (see runner.ts). Jobs
 * are kept on disk beside their uploads and survive a restart (see import/store.ts).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { mkdirSync, createWriteStream, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { SOURCE_CRS, type SourceCrs } from '../../shared/crs/systems';
import type { CommitBody, ValidateBody } from '../../shared/import/api';
import { DATA_LAYERS, PERSONAL_LAYERS, type DataLayer } from '../../shared/import/layers';
import { importJobs, type ImportJob } from '../import/jobs';
import { IMPORT_MODES } from '../import/pipeline';
import { onDisk } from '../import/runner';
import { retentionMs } from '../import/store';
import { accountOf } from '../plugins/auth';
import { HttpError } from '../plugins/errors';
import { toCsv } from '../http/csv';

const IMPORTERS = ['admin', 'planner'] as const;
const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;

const mappingSchema = {
  type: 'object', additionalProperties: false, required: ['fields', 'defaults', 'geometry'],
  properties: {
    fields: { type: 'object', additionalProperties: { type: 'string' } },
    defaults: { type: 'object', additionalProperties: { type: 'string' } },
    geometry: {
      type: 'object', required: ['kind'],
      properties: { kind: { type: 'string', enum: ['native', 'lnglat', 'wkt', 'none'] }, lng: { type: 'string' }, lat: { type: 'string' }, column: { type: 'string' } },
    },
  },
} as const;
const jobSchema = { type: 'object', additionalProperties: true } as const;
const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 40 } } } as const;

export interface ImportRouteOptions {
  /**
   * Where uploads and their jobs are kept (and read back on start); defaults to `imports/`
   * beside the database file. A database held in memory, without `dir`, gets a temporary
   * directory removed when the app closes, since its jobs cannot outlive it.
   */
  dir?: string;
  maxBytes?: number;
  /** Days a job and its files are kept after its last step; defaults to GRIDMAP_IMPORT_RETENTION_DAYS, else 7. */
  retentionDays?: number;
}

export async function importRoutes(app: FastifyInstance, opts: ImportRouteOptions): Promise<void> {
  const persist = opts.dir !== undefined || onDisk(app.db);
  const root = opts.dir ?? (onDisk(app.db) ? join(dirname(app.db.name), 'imports') : join(tmpdir(), `gridmap-imports-${process.pid}-${randomBytes(6).toString('hex')}`));
  const maxBytes = opts.maxBytes ?? Number(process.env.GRIDMAP_IMPORT_MAX_BYTES ?? DEFAULT_MAX_BYTES);
  const jobs = importJobs(app.db, root, { persist, retentionMs: retentionMs(opts.retentionDays), log: (m) => app.log.info(m) });
  // Kept jobs stay for the next start; only a temporary directory goes with the app.
  // Nothing may write after the app has closed (its database is closed next): running steps stop.
  app.addHook('onClose', () => jobs.close());
  if (!persist) app.addHook('onClose', async () => rmSync(root, { recursive: true, force: true }));
  // Uploads arrive as the raw file: the body stays a stream and goes straight to disk.
  app.addContentTypeParser('*', (_request, payload, done) => done(null, payload));

  const jobFor = (request: FastifyRequest, id: string): ImportJob => {
    const p = accountOf(request);
    const job = jobs.get(id);
    if (!job || (p.role !== 'admin' && job.owner.accountId !== p.accountId)) throw new HttpError(404, `No import ${id} of yours.`, 'id', `import ${id}`);
    return job;
  };

  app.post<{ Querystring: { layer: DataLayer; fileName: string } }>('/api/imports', {
    config: { access: IMPORTERS },
    schema: {
      summary: 'Upload a file to import (raw body: application/octet-stream); answers the job, analysed in the background',
      querystring: {
        type: 'object', additionalProperties: false, required: ['layer', 'fileName'],
        properties: { layer: { type: 'string', enum: [...DATA_LAYERS] }, fileName: { type: 'string', minLength: 1, maxLength: 200 } },
      },
      response: { 201: jobSchema, 400: { $ref: 'ApiError#' }, 403: { $ref: 'ApiError#' }, 413: { $ref: 'ApiError#' } },
    },
  }, async (request, reply) => {
    const p = accountOf(request);
    const { layer, fileName } = request.query;
    if (PERSONAL_LAYERS.includes(layer) && p.role !== 'admin') throw new HttpError(403, `${layer} hold personal data: only an administrator may import them.`, 'layer');
    const body = request.body as Readable | undefined;
    if (!body || typeof body.pipe !== 'function') throw new HttpError(400, 'Send the file itself as the request body (content-type: application/octet-stream).', 'body');
    const job = jobs.create({ accountId: p.accountId, username: p.username, role: p.role, ip: request.ip }, layer, fileName);
    mkdirSync(dirname(job.filePath), { recursive: true });
    let size = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        size += chunk.length;
        cb(size > maxBytes ? new HttpError(413, `The file is larger than ${Math.round(maxBytes / 1048576)} MiB.`, 'body') : null, chunk);
      },
    });
    try {
      await pipeline(body, limit, createWriteStream(job.filePath));
    } catch (e) {
      jobs.remove(job.dto.id);
      throw e instanceof HttpError ? e : new HttpError(400, `The upload failed: ${(e as Error).message}`, 'body');
    }
    job.dto.size = size;
    jobs.start(job, { kind: 'analyse', layer });
    return reply.code(201).send(job.dto);
  });

  app.get('/api/imports', {
    config: { access: IMPORTERS },
    schema: { summary: 'Import jobs (an admin sees all, a planner their own)', response: { 200: { type: 'object', additionalProperties: true } } },
  }, async (request) => {
    const p = accountOf(request);
    return { jobs: jobs.list().filter((j) => p.role === 'admin' || j.owner.accountId === p.accountId).map((j) => j.dto) };
  });

  app.get<{ Params: { id: string } }>('/api/imports/:id', {
    config: { access: IMPORTERS },
    schema: { summary: 'An import job: state, progress, analysis, report, result', params: idParams, response: { 200: jobSchema, 404: { $ref: 'ApiError#' } } },
  }, async (request) => jobFor(request, request.params.id).dto);

  app.post<{ Params: { id: string }; Body: ValidateBody }>('/api/imports/:id/validate', {
    config: { access: IMPORTERS },
    schema: {
      summary: 'Check the file with a column mapping, coordinate system and mode; the report follows in the job',
      params: idParams,
      body: {
        type: 'object', additionalProperties: false, required: ['crs', 'mode'],
        properties: { crs: { type: 'string', enum: [...SOURCE_CRS] }, mode: { type: 'string', enum: [...IMPORT_MODES] }, mapping: mappingSchema },
      },
      response: { 202: jobSchema, 404: { $ref: 'ApiError#' }, 409: { $ref: 'ApiError#' } },
    },
  }, async (request, reply) => {
    const job = jobFor(request, request.params.id);
    const analysis = job.dto.analysis;
    if (!analysis || ['analysing', 'validating', 'committing', 'committed'].includes(job.dto.state)) {
      throw new HttpError(409, `The import is ${job.dto.state}; it can be validated once analysed, and not after it is committed.`, 'id');
    }
    const settings = { layer: job.dto.layer, crs: request.body.crs as SourceCrs, mode: request.body.mode, mapping: request.body.mapping ?? analysis.proposal.mapping };
    job.settings = settings;
    job.dto.settings = { crs: settings.crs, mode: settings.mode, mapping: settings.mapping };
    job.dto.report = null;
    jobs.start(job, { kind: 'validate', settings, today: app.today() });
    return reply.code(202).send(job.dto);
  });

  app.get<{ Params: { id: string } }>('/api/imports/:id/report.csv', {
    config: { access: IMPORTERS },
    schema: { summary: 'The validation report, every issue, as CSV', params: idParams },
  }, async (request, reply) => {
    const job = jobFor(request, request.params.id);
    if (!job.fullReport) throw new HttpError(409, 'The import has no report yet: validate it first.', 'id');
    const header = ['row', 'severity', 'code', 'field', 'path', 'ref', 'message'] as const;
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="import-${job.dto.id}-report.csv"`)
      .send(toCsv(header, job.fullReport.issues.map((i) => header.map((h) => i[h] ?? null))));
  });

  app.post<{ Params: { id: string }; Body: CommitBody }>('/api/imports/:id/commit', {
    config: { access: IMPORTERS },
    schema: {
      summary: 'Import in one transaction: the valid part (validOnly) or all-or-nothing',
      params: idParams,
      body: { type: 'object', additionalProperties: false, required: ['validOnly'], properties: { validOnly: { type: 'boolean' } } },
      response: { 202: jobSchema, 404: { $ref: 'ApiError#' }, 409: { $ref: 'ApiError#' } },
    },
  }, async (request, reply) => {
    const job = jobFor(request, request.params.id);
    if (job.dto.state !== 'validated' || !job.settings) throw new HttpError(409, `The import is ${job.dto.state}; validate it before committing.`, 'id');
    const p = accountOf(request);
    jobs.start(job, {
      kind: 'commit', settings: job.settings, validOnly: request.body.validOnly, importId: job.dto.id, today: app.today(),
      actor: { accountId: p.accountId, username: p.username, role: p.role, ip: request.ip },
    }, (result) => {
      app.events.publish({ version: result.dataVersion, kind: 'import', ...(result.bbox ? { bbox: result.bbox } : {}) });
    });
    return reply.code(202).send(job.dto);
  });

  app.delete<{ Params: { id: string } }>('/api/imports/:id', {
    config: { access: IMPORTERS },
    schema: { summary: 'Discard an import job and its file', params: idParams, response: { 204: { type: 'null' }, 404: { $ref: 'ApiError#' }, 409: { $ref: 'ApiError#' } } },
  }, async (request, reply) => {
    const job = jobFor(request, request.params.id);
    if (job.dto.state === 'committing') throw new HttpError(409, 'The import is being committed; wait for it to finish.', 'id');
    jobs.remove(job.dto.id);
    return reply.code(204).send();
  });
}
