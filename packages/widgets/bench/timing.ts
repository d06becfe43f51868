// What the element benchmarks share: the built production bundle (minified, Lit in production mode),
// timing an action to the next animation frame, and the table of medians and 95th percentiles printed
// with each budget and whether it is met.

/** The portal bundle as pages get it (`pnpm build` first). */
export const BUNDLE = new URL('../dist/cdn/dti-widgets.js', import.meta.url).href;

/** Loads the built bundle once and waits for the elements a benchmark uses (loaded on first use). */
export async function loadBundle(): Promise<void> {
  await import(BUNDLE);
  await customElements.whenDefined('dti-league-table');
}

/** Resolves in the next animation frame's callbacks. */
export const frame = (): Promise<number> => new Promise((r) => requestAnimationFrame(r));

/** The value below which `q` of the sorted values lie (nearest rank). */
export function quantile(xs: readonly number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

/** Median rAF-to-rAF interval of the idle page: the length of one frame here (16.7 ms at 60 Hz). */
export async function frameInterval(samples = 30): Promise<number> {
  const gaps: number[] = [];
  let last = await frame();
  for (let k = 0; k < samples; k++) {
    const now = await frame();
    gaps.push(now - last);
    last = now;
  }
  return quantile(gaps, 0.5);
}

/** Times of one action: to the end of the elements' updates and layout, and to the next frame. */
export interface Timing {
  /** From the action to every element updated and the page laid out (forced), in ms. */
  work: number;
  /** From the action to the next animation frame after it (what a reader waits for), in ms. */
  frame: number;
}

/**
 * Starts `act` just after a frame (so the frame's whole time is left for it), waits for `settled`
 * (the elements' updates) and a forced layout, then for the next animation frame.
 */
export async function timed(act: () => void, settled: () => Promise<unknown>): Promise<Timing> {
  await frame();
  const t0 = performance.now();
  act();
  await settled();
  // Style and layout of the whole document, shadow roots included, as the frame would do them.
  document.documentElement.getBoundingClientRect();
  const work = performance.now() - t0;
  await frame();
  return { work, frame: performance.now() - t0 };
}

/** One line of the results: a measure, its runs and its budget in ms. */
export interface Row {
  name: string;
  runs: Timing[];
  budget: number;
}

/**
 * Prints the results as a table: median and 95th percentile of the work and of the time to the next
 * frame, the budget, and whether the median time to the next frame meets it. For one-frame budgets the
 * next frame comes one frame interval after the action at best, so the budget is that interval.
 */
export function printTable(title: string, rows: readonly Row[]): void {
  const ms = (x: number) => x.toFixed(1).padStart(6);
  console.log(`BENCH ${title}`);
  console.log(`BENCH ${'measure'.padEnd(58)} runs  work p50   p95  frame p50   p95  budget  result`);
  for (const r of rows) {
    const work = r.runs.map((t) => t.work);
    const next = r.runs.map((t) => t.frame);
    const p50 = quantile(next, 0.5);
    const verdict = p50 <= r.budget ? 'pass' : 'MISS';
    console.log(
      `BENCH ${r.name.padEnd(58)} ${String(r.runs.length).padStart(4)} ${ms(quantile(work, 0.5))} ${ms(quantile(work, 0.95))}  ${ms(p50)} ${ms(quantile(next, 0.95))} ${ms(r.budget)}  ${verdict}`,
    );
  }
}
