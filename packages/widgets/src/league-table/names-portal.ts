// names-load.ts as the portal's ES module bundle has it (scripts/bundle.mjs puts this module in its
// place, and in place of the table model's imports of collate.ts and ranks-within.ts). The Vietnamese
// collation sorts names: the parents and peer groups a table lists, and the units when a reader sorts
// them by name; the ranks within a parent count once a parent is chosen, which only a table with
// parents offers. A table in rank order without parents or groups needs neither, so they load on
// demand (names.ts): the league table awaits them with data that has parents or groups, and before a
// sort by name.

let part: typeof import('./names.js') | undefined;
let loading: Promise<unknown> | undefined;

/**
 * Loads the collation and the ranks within a parent once per page (again after a failed attempt).
 *
 * @example await loadNames(); // then a sort by name
 */
export function loadNames(): Promise<unknown> {
  loading ??= import('./names.js').then(
    (m) => {
      part = m;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * Whether they have loaded.
 *
 * @example if (!namesLoaded()) await loadNames();
 */
export function namesLoaded(): boolean {
  return part !== undefined;
}

/** The part, or a throw: every caller in the portal bundle awaits {@link loadNames} first. */
const loaded = () => {
  if (!part) throw new Error('names not loaded');
  return part;
};

/**
 * `collationKey` of collate.ts, once loaded (a silent order by code points would put Đ after Z).
 *
 * @example collationKey('Đà Nẵng') // the key of collate.ts
 */
export const collationKey: typeof import('./names.js').collationKey = (text) => loaded().collationKey(text);

/**
 * `withinParents` of ranks-within.ts, once loaded.
 *
 * @example withinParents(units, { parents, groups }, 'competition', undefined, nameKey).rank
 */
export const withinParents: typeof import('./names.js').withinParents = (...args) => loaded().withinParents(...args);
