// The worker side of analyseUncertaintyInWorker: runs the analysis off the page's main thread and
// posts progress and the result back. Loaded by `new Worker(new URL('./worker.js', import.meta.url))`.
import type { Framework } from '../schema/framework.js';
import type { PreparedDataset } from '../validate/dataset.js';
import { analyseUncertainty, type UncertaintyOptions } from './uncertainty.js';

interface WorkerScope {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage(message: unknown, transfer?: unknown[]): void;
}
const scope = globalThis as unknown as WorkerScope;

scope.onmessage = async (event) => {
  const { framework, data, options } = event.data as {
    framework: Framework;
    data: PreparedDataset;
    options: UncertaintyOptions;
  };
  try {
    const result = await analyseUncertainty(framework, data, {
      ...options,
      onProgress: (done, total) => scope.postMessage({ type: 'progress', done, total }),
    });
    scope.postMessage({ type: 'result', result }, [result.ranks.buffer]);
  } catch (error) {
    scope.postMessage({ type: 'error', message: (error as Error).message });
  }
};
