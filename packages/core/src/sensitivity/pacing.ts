/** Work an analysis does between two yields to the event loop, in ms: under one frame at 60 Hz. */
const SLICE_MS = 12;

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Paces a long analysis: every 100 runs it checks the abort signal and reports progress; once a slice
 * of work has run since the last yield it returns a promise that resolves after the event loop has had
 * a turn (a page stays responsive and can cancel). Otherwise it returns `undefined`, so the caller
 * awaits only when there is something to wait for: a timer per 100 runs costs more than fast runs
 * themselves (at least 1 ms each in Node, 4 ms in browsers).
 *
 * @example
 * const pace = pacer(total, options.signal, options.onProgress);
 * for (let run = 0; run < total; run++) { const wait = pace(run); if (wait) await wait; … }
 */
export function pacer(
  total: number,
  signal: AbortSignal | undefined,
  onProgress: ((done: number, total: number) => void) | undefined,
): (done: number) => Promise<void> | undefined {
  let sliceStart = performance.now();
  return (done) => {
    if (done % 100 === 0) {
      checkAbort(signal);
      onProgress?.(done, total);
    }
    if (performance.now() - sliceStart < SLICE_MS) return undefined;
    return yieldToEventLoop().then(() => {
      sliceStart = performance.now();
    });
  };
}

/**
 * Throws the signal's reason once it is aborted.
 *
 * @example checkAbort(controller.signal)
 */
export function checkAbort(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason ?? new Error('aborted');
}
