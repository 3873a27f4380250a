/**
 * The import wizard's one job on the server, as React state: upload (with its progress), then
 * each step started and polled until it settles; the server's message when something is
 * refused. Polling stops when the page goes away.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportJobDto, ValidateBody } from '../../../shared/import/api';
import type { DataLayer } from '../../../shared/import/layers';
import { commitImport, discardImport, isBusy, pollImport, uploadImport, validateImport } from '../api/imports';
import { useAppStore } from '../state/store';

export interface ImportJobHandle {
  job: ImportJobDto | null;
  /** 0…1 while the file is being sent, else null. */
  uploadFraction: number | null;
  /** The last request's failure, in the server's words. */
  error: string | null;
  /** True from a click until the step it started has settled. */
  working: boolean;
  upload: (layer: DataLayer, file: File) => void;
  validate: (body: ValidateBody) => void;
  commit: () => void;
  /** Discards the job on the server (nothing is imported) and starts again. */
  discard: () => void;
  /** Forgets a finished job and starts again. */
  reset: () => void;
  /** Shows a job the server kept (from the list of recent imports), following it if a step runs. */
  open: (job: ImportJobDto) => void;
}

const messageOf = (failure: unknown): string => (failure instanceof Error ? failure.message : String(failure));
const aborted = (failure: unknown): boolean => failure instanceof DOMException && failure.name === 'AbortError';

export function useImportJob(): ImportJobHandle {
  const [job, setJob] = useState<ImportJobDto | null>(null);
  const [uploadFraction, setUploadFraction] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const abort = useRef(new AbortController());
  useEffect(() => {
    const controller = new AbortController();
    abort.current = controller;
    return () => controller.abort();
  }, []);

  /** Runs `start` (which answers the job with its step begun) and follows the job until it settles. */
  const follow = useCallback((start: () => Promise<ImportJobDto>) => {
    setError(null);
    setWorking(true);
    const signal = abort.current.signal;
    start()
      .then((started) => {
        setJob(started);
        return pollImport(started.id, setJob, signal);
      })
      .catch((failure: unknown) => {
        if (!aborted(failure)) setError(messageOf(failure));
      })
      .finally(() => {
        setUploadFraction(null);
        if (!signal.aborted) setWorking(false);
      });
  }, []);

  const upload = useCallback((layer: DataLayer, file: File) => {
    setJob(null);
    setUploadFraction(0);
    const csrfToken = useAppStore.getState().session?.csrfToken ?? '';
    follow(() => uploadImport({ layer, file, csrfToken, onProgress: setUploadFraction, signal: abort.current.signal }));
  }, [follow]);

  const id = job?.id;
  const validate = useCallback((body: ValidateBody) => {
    if (id) follow(() => validateImport(id, body));
  }, [follow, id]);
  const commit = useCallback(() => {
    if (id) follow(() => commitImport(id, { validOnly: true }));
  }, [follow, id]);
  const reset = useCallback(() => {
    setJob(null);
    setError(null);
  }, []);
  const discard = useCallback(() => {
    if (!id) return reset();
    discardImport(id).then(reset, (failure: unknown) => setError(messageOf(failure)));
  }, [id, reset]);

  const open = useCallback((chosen: ImportJobDto) => {
    setError(null);
    setJob(chosen);
    if (isBusy(chosen)) follow(() => Promise.resolve(chosen));
  }, [follow]);

  return { job, uploadFraction, error, working, upload, validate, commit, discard, reset, open };
}
