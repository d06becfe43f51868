// The gauge's problem sentences (gauge-problems.ts) load on demand, once per page.

type Problems = typeof import('./gauge-problems.js');
let part: Problems | undefined;
let loading: Promise<Problems> | undefined;

/**
 * Loads the gauge's problem sentences (again after a failed attempt).
 *
 * @example const { GAUGE_PROBLEMS } = await loadProblems();
 */
export function loadProblems(): Promise<Problems> {
  loading ??= import('./gauge-problems.js').then(
    (m) => {
      part = m;
      return m;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * The problem sentences if they have loaded, else `undefined`.
 *
 * @example const p = loadedProblems() ?? (await loadProblems());
 */
export function loadedProblems(): Problems | undefined {
  return part;
}
