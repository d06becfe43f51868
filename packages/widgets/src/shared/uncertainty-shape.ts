import { Checker, fields, isNumber, type ShapeReport, type Spec } from './shape.js';

// The check of an uncertainty result (`<dti-rank-interval>`'s data): apart from the score-table check
// that every page runs, so it loads with the sentences and the element that need it.

const INTERVAL_UNIT: Spec = [
  ['id', 'text'],
  ['name', 'text'],
  ['nominalRank', 'rankLike'],
];

/**
 * The problems of JSON meant as an uncertainty result (`analyseUncertainty`), as data, or `undefined`.
 * The official rank is a whole number ≥ 1 (or null for a unit not ranked); the interval's ends and the
 * median are percentiles of ranks: numbers ≥ 1, possibly fractional, with low ≤ high.
 *
 * @example uncertaintyShape({ units: [{ id: 'a', name: 'A', nominalRank: 0 }] })?.problems[0]?.path // → 'runs'
 */
export function uncertaintyShape(json: unknown): ShapeReport | undefined {
  const c = new Checker();
  if (!c.check('', json, 'object')) return c.report('uncertainty');
  const result = json as Record<string, unknown>;
  c.check('runs', result.runs, 'count');
  // Runs the analysis left out (most units tied in them): said under the chart, so a count or nothing.
  if (result.runsLeftOut !== undefined) c.check('runsLeftOut', result.runsLeftOut, 'count');
  if (c.check('units', result.units, 'array'))
    (result.units as unknown[]).forEach((unit, i) => {
      const at = `units[${i}]`;
      if (c.problems.length >= 3 || !c.check(at, unit, 'object')) return;
      const u = unit as Record<string, unknown>;
      fields(c, at, u, INTERVAL_UNIT);
      const low = c.check(`${at}.low`, u.low, 'rankLike');
      const high = c.check(`${at}.high`, u.high, 'rankLike');
      if (low && high && isNumber(u.low) && isNumber(u.high) && u.low > u.high) c.check(`${at}.low`, u.low, 'lowHigh');
      c.check(`${at}.medianRank`, u.medianRank, 'rankLike');
    });
  return c.report('uncertainty');
}
