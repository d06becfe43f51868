// The Vietnamese collation and the ranks within a parent, for the league table: here (the npm modules,
// the classic script, the tests) the table model imports them itself (collate.ts, ranks-within.ts), so
// there is nothing to load. The portal's ES module bundle loads them on demand instead: it has
// names-portal.ts in place of this module (scripts/bundle.mjs).

/**
 * Resolves once the names' collation and the ranks within a parent can be used: at once here.
 *
 * @example await loadNames(); // then a sort by name
 */
export function loadNames(): Promise<unknown> {
  return Promise.resolve();
}

/**
 * Whether they can be used without waiting: always here.
 *
 * @example if (!namesLoaded()) await loadNames();
 */
export function namesLoaded(): boolean {
  return true;
}
