/**
 * The import wizard's and the export buttons' API (contract in `shared/import/api.ts`):
 * upload a file (XMLHttpRequest, because only it reports upload progress), poll the job while
 * a step runs on the server, validate with a mapping, commit or discard; and the addresses of
 * the downloads (the validation report, every layer's exports).
 */
import type { CommitBody, ImportJobDto, ValidateBody } from '../../../shared/import/api';
import type { DataLayer } from '../../../shared/import/layers';
import { ApiRequestError, expectObject, getJson, requestJson, withQuery } from './http';

/** The formats `GET /api/exports/:layer?format=` answers, in the order the page offers them. */
export const EXPORT_FORMATS = ['geojson', 'csv', 'shp'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Job states in which a step is still running on the server. */
const BUSY_STATES: readonly ImportJobDto['state'][] = ['analysing', 'validating', 'committing'];

/** Whether `job` has a step running (poll again). */
export function isBusy(job: ImportJobDto): boolean {
  return BUSY_STATES.includes(job.state);
}

/** The server's message in an XMLHttpRequest's JSON error body, or a generic one naming the status. */
function xhrError(xhr: XMLHttpRequest): ApiRequestError {
  let body: { message?: unknown; field?: unknown } | null = null;
  try {
    body = JSON.parse(xhr.responseText) as { message?: unknown; field?: unknown };
  } catch {
    body = null;
  }
  const message = typeof body?.message === 'string' ? body.message : `POST /api/imports → HTTP ${xhr.status}`;
  return new ApiRequestError(message, xhr.status, typeof body?.field === 'string' ? body.field : undefined);
}

export interface UploadOptions {
  layer: DataLayer;
  file: File;
  /** The session's CSRF token (uploads do not go through `requestJson`, which adds it). */
  csrfToken: string;
  /** Called with the share of the file sent so far, 0…1. */
  onProgress: (fraction: number) => void;
  signal?: AbortSignal;
}

/** `POST /api/imports`: sends the file as the raw body; resolves with the new job (state `analysing`). */
export function uploadImport({ layer, file, csrfToken, onProgress, signal }: UploadOptions): Promise<ImportJobDto> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', withQuery('/api/imports', { layer, fileName: file.name }));
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status !== 201) return reject(xhrError(xhr));
      onProgress(1);
      resolve(JSON.parse(xhr.responseText) as ImportJobDto);
    };
    xhr.onerror = () => reject(new ApiRequestError('The upload was interrupted (network error).', 0));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

/** `GET /api/imports/:id`. */
export async function fetchImport(id: string, signal?: AbortSignal): Promise<ImportJobDto> {
  const path = `/api/imports/${encodeURIComponent(id)}`;
  return expectObject<ImportJobDto>(await getJson(path, signal), `GET ${path}`, 'state');
}

/**
 * Polls job `id` every `intervalMs` until no step runs, handing each answer to `onUpdate`
 * (progress included); resolves with the settled job.
 */
export async function pollImport(id: string, onUpdate: (job: ImportJobDto) => void, signal: AbortSignal, intervalMs = 300): Promise<ImportJobDto> {
  for (;;) {
    const job = await fetchImport(id, signal);
    onUpdate(job);
    if (!isBusy(job)) return job;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, intervalMs);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new DOMException('Polling stopped.', 'AbortError'));
      }, { once: true });
    });
  }
}

/** `POST /api/imports/:id/validate`: starts the check; poll for the report. */
export async function validateImport(id: string, body: ValidateBody): Promise<ImportJobDto> {
  const path = `/api/imports/${encodeURIComponent(id)}/validate`;
  return expectObject<ImportJobDto>(await requestJson('POST', path, { body }), `POST ${path}`, 'state');
}

/** `POST /api/imports/:id/commit`: starts writing (one transaction); poll for the result. */
export async function commitImport(id: string, body: CommitBody): Promise<ImportJobDto> {
  const path = `/api/imports/${encodeURIComponent(id)}/commit`;
  return expectObject<ImportJobDto>(await requestJson('POST', path, { body }), `POST ${path}`, 'state');
}

/** `DELETE /api/imports/:id`: forgets the job and its uploaded file; nothing is imported. */
export async function discardImport(id: string): Promise<void> {
  await requestJson('DELETE', `/api/imports/${encodeURIComponent(id)}`);
}

/** Address of the whole validation report as CSV (every issue, not only those the job lists). */
export function importReportCsvPath(id: string): string {
  return `/api/imports/${encodeURIComponent(id)}/report.csv`;
}

/** Address of `layer`'s export in `format`; the server trims personal data to the role. */
export function exportPath(layer: DataLayer, format: ExportFormat): string {
  return withQuery(`/api/exports/${layer}`, { format });
}
