// A series is read from files people publish: check the fields the trend reads, find the first wrong
// one. The check alone: its sentences (series-problem.ts) load only for a broken series.

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** What a field must be, as the sentences name it. */
export type SeriesExpect =
  | 'object'
  | 'array'
  | 'text'
  | 'kind'
  | 'numberOrNull'
  | 'rank'
  | 'basis'
  | 'count'
  | 'period';

/**
 * The first wrong field of a series: where (`path`, `''` for the whole file), the value found, what it
 * must be (`code`, with `arg`: the number of periods for `count`, the period for `period`) and the
 * unit's name when the field is one of its points (or their count).
 */
export interface SeriesFault {
  path: string;
  value: unknown;
  code: SeriesExpect;
  arg?: number | string;
  unit?: string;
}

function pointFault(point: unknown, path: string, period: string): SeriesFault | undefined {
  if (!isObject(point)) return { path, value: point, code: 'object' };
  if (point.period !== period) return { path: `${path}.period`, value: point.period, code: 'period', arg: period };
  if (point.value !== null && !isNumber(point.value))
    return { path: `${path}.value`, value: point.value, code: 'numberOrNull' };
  if (point.rank !== null && !(isNumber(point.rank) && point.rank >= 1))
    return { path: `${path}.rank`, value: point.rank, code: 'rank' };
  if (point.basis !== 'published' && point.basis !== 'rolled-up')
    return { path: `${path}.basis`, value: point.basis, code: 'basis' };
  return undefined;
}

function unitFault(unit: unknown, at: string, periods: string[]): SeriesFault | undefined {
  if (!isObject(unit)) return { path: at, value: unit, code: 'object' };
  if (typeof unit.id !== 'string') return { path: `${at}.id`, value: unit.id, code: 'text' };
  if (typeof unit.name !== 'string') return { path: `${at}.name`, value: unit.name, code: 'text' };
  if (!Array.isArray(unit.points)) return { path: `${at}.points`, value: unit.points, code: 'array' };
  if (unit.points.length !== periods.length)
    return { path: `${at}.points`, value: unit.points, code: 'count', arg: periods.length, unit: unit.name };
  for (let k = 0; k < periods.length; k++) {
    const fault = pointFault(unit.points[k], `${at}.points[${k}]`, periods[k] as string);
    if (fault) return { ...fault, unit: unit.name };
  }
  return undefined;
}

/**
 * The first field of JSON meant as a score series that the trend cannot read, or `undefined` when
 * every field it reads is right.
 *
 * @example seriesFault({ kind: 'dti-score-series', periods: [], units: 3 }) // → { path: 'units', value: 3, code: 'array' }
 */
export function seriesFault(json: unknown): SeriesFault | undefined {
  if (!isObject(json)) return { path: '', value: json, code: 'object' };
  if (json.kind !== 'dti-score-series') return { path: 'kind', value: json.kind, code: 'kind' };
  if (!Array.isArray(json.periods)) return { path: 'periods', value: json.periods, code: 'array' };
  const periods: string[] = [];
  for (const [k, p] of json.periods.entries()) {
    if (!isObject(p) || typeof p.period !== 'string')
      return { path: `periods[${k}].period`, value: isObject(p) ? p.period : p, code: 'text' };
    if (p.median !== null && !isNumber(p.median))
      return { path: `periods[${k}].median`, value: p.median, code: 'numberOrNull' };
    periods.push(p.period);
  }
  if (!Array.isArray(json.units)) return { path: 'units', value: json.units, code: 'array' };
  for (const [k, u] of json.units.entries()) {
    const fault = unitFault(u, `units[${k}]`, periods);
    if (fault) return fault;
  }
  return undefined;
}
