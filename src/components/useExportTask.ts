import { useRef, useState } from 'react';
import { isAbortError } from '../lib/fetchAllPages';
import { useDescribeError } from './ErrorFallback';

export interface ExportProgress {
  done: number;
  total: number;
}

export interface ExportMessage {
  severity: 'success' | 'error';
  text: string;
}

/** An export's work: reports its progress, stops when the signal aborts, resolves to the success message. */
export type ExportJob = (
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
) => Promise<string>;

/**
 * Runs an export that fetches page after page: its progress while it runs, Cancel, then a success or failure message
 * (`failure(reason)` words the latter; a cancelled export says nothing), and `retry` to run a failed one again.
 */
export function useExportTask(failure: (reason: string) => string) {
  const describe = useDescribeError();
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [message, setMessage] = useState<ExportMessage | null>(null);
  const controller = useRef<AbortController | null>(null);
  const lastJob = useRef<ExportJob | null>(null);

  const run = async (job: ExportJob) => {
    lastJob.current = job;
    setMessage(null);
    controller.current = new AbortController();
    setProgress({ done: 0, total: 0 });
    try {
      const text = await job(
        (done, total) => setProgress({ done, total }),
        controller.current.signal,
      );
      setMessage({ severity: 'success', text });
    } catch (error) {
      if (!isAbortError(error)) setMessage({ severity: 'error', text: failure(describe(error)) });
    } finally {
      setProgress(null);
    }
  };

  return {
    progress,
    message,
    run,
    /** Runs the last export again (after a failure). */
    retry: () => (lastJob.current ? run(lastJob.current) : Promise.resolve()),
    cancel: () => controller.current?.abort(),
    dismiss: () => setMessage(null),
  };
}

export type ExportTask = ReturnType<typeof useExportTask>;
