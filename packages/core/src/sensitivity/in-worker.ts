import type { Framework } from '../schema/framework.js';
import type { PreparedDataset } from '../validate/dataset.js';
import { analyseUncertainty, type UncertaintyOptions, type UncertaintyResult } from './uncertainty.js';

/** The part of the Web Worker API used here (the engine's typecheck has no DOM types). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message: string }) => void) | null;
}
/**
 * Options of {@link analyseUncertaintyInWorker}: those of {@link analyseUncertainty}, plus how to start
 * the worker (tests and bundlers that place the worker file themselves).
 *
 * @example
 * const options: UncertaintyInWorkerOptions = { runs: 2000, createWorker: () => new Worker(url, { type: 'module' }) };
 */
export interface UncertaintyInWorkerOptions extends UncertaintyOptions {
  /** Starts the worker; by default `new Worker(new URL('./worker.js', import.meta.url), { type: 'module' })`. */
  createWorker?: () => WorkerLike;
}
type WorkerConstructor = new (url: URL, options: { type: 'module' }) => WorkerLike;

/**
 * {@link analyseUncertainty} in a Web Worker where one is available, so the page stays responsive:
 * progress comes back as messages, and aborting the signal terminates the worker. Without `Worker`
 * (Node, old browsers) it runs in the current thread, yielding between chunks. The result is the
 * same either way for the same seed.
 *
 * @example
 * const result = await analyseUncertaintyInWorker(framework, prepared, {
 *   weights: { type: 'dirichlet', concentration: 50 }, runs: 2000,
 *   onProgress: (done, total) => (bar.value = done / total),
 * });
 */
export function analyseUncertaintyInWorker(
  framework: Framework,
  data: PreparedDataset,
  options: UncertaintyInWorkerOptions = {},
): Promise<UncertaintyResult> {
  const { signal, onProgress, createWorker, ...rest } = options;
  const WorkerClass = (globalThis as { Worker?: WorkerConstructor }).Worker;
  if (!createWorker && !WorkerClass) return analyseUncertainty(framework, data, options);
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const worker = createWorker
      ? createWorker()
      : new (WorkerClass as WorkerConstructor)(new URL('./worker.js', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      reject(signal?.reason ?? new Error('aborted'));
    };
    (
      signal as (AbortSignal & { addEventListener?: (type: string, f: () => void) => void }) | undefined
    )?.addEventListener?.('abort', stop);
    worker.onmessage = (event) => {
      const message = event.data as
        | { type: 'progress'; done: number; total: number }
        | { type: 'result'; result: UncertaintyResult }
        | { type: 'error'; message: string };
      if (message.type === 'progress') onProgress?.(message.done, message.total);
      else {
        worker.terminate();
        if (message.type === 'result') resolve(message.result);
        else reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage({ framework, data, options: rest });
  });
}
