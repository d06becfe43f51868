import type { Locale } from '../shared/locale.js';
import { show } from '../shared/show-value.js';

// A series is read from files people publish: check the fields the trend reads, name the first wrong one.

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

const MUST = {
  vi: {
    head: 'Dữ liệu không phải chuỗi điểm (dti-score-series)',
    object: 'phải là đối tượng JSON',
    array: 'phải là mảng',
    text: 'phải là chuỗi ký tự',
    kind: 'phải là "dti-score-series"',
    numberOrNull: 'phải là số hoặc null',
    rank: 'phải là số ≥ 1 hoặc null',
    basis: 'phải là "published" hoặc "rolled-up"',
    count: (n: number) => `phải có ${n} điểm, mỗi năm một điểm`,
    period: (p: string) => `phải là "${p}" như periods`,
  },
  en: {
    head: 'The data is not a score series (dti-score-series)',
    object: 'must be a JSON object',
    array: 'must be an array',
    text: 'must be a string',
    kind: 'must be "dti-score-series"',
    numberOrNull: 'must be a number or null',
    rank: 'must be a number ≥ 1 or null',
    basis: 'must be "published" or "rolled-up"',
    count: (n: number) => `must have ${n} points, one per period`,
    period: (p: string) => `must be "${p}" as in periods`,
  },
};

type Words = (typeof MUST)['vi'];

function pointProblem(point: unknown, at: string, period: string, w: Words): string | undefined {
  if (!isObject(point)) return `${at} = ${show(point)}: ${w.object}`;
  if (point.period !== period) return `${at}.period = ${show(point.period)}: ${w.period(period)}`;
  if (point.value !== null && !isNumber(point.value)) return `${at}.value = ${show(point.value)}: ${w.numberOrNull}`;
  if (point.rank !== null && !(isNumber(point.rank) && point.rank >= 1))
    return `${at}.rank = ${show(point.rank)}: ${w.rank}`;
  if (point.basis !== 'published' && point.basis !== 'rolled-up')
    return `${at}.basis = ${show(point.basis)}: ${w.basis}`;
  return undefined;
}

function unitProblem(unit: unknown, at: string, periods: string[], w: Words): string | undefined {
  if (!isObject(unit)) return `${at} = ${show(unit)}: ${w.object}`;
  if (typeof unit.id !== 'string') return `${at}.id = ${show(unit.id)}: ${w.text}`;
  if (typeof unit.name !== 'string') return `${at}.name = ${show(unit.name)}: ${w.text}`;
  if (!Array.isArray(unit.points)) return `${at}.points = ${show(unit.points)}: ${w.array}`;
  if (unit.points.length !== periods.length) return `${at}.points (${unit.name}): ${w.count(periods.length)}`;
  for (let k = 0; k < periods.length; k++) {
    const problem = pointProblem(unit.points[k], `${at}.points[${k}]`, periods[k] as string, w);
    if (problem) return `${problem} (${unit.name})`;
  }
  return undefined;
}

/**
 * What is wrong with JSON meant as a score series, in the reader's language, naming the first wrong
 * field, its value and its unit; `undefined` when every field the trend reads is right.
 *
 * @example seriesProblem({ kind: 'dti-score-series', periods: [], units: 3 }, 'en')
 * // → 'The data is not a score series (dti-score-series): units = 3: must be an array'
 */
export function seriesProblem(json: unknown, locale: Locale): string | undefined {
  const w = MUST[locale];
  const problem = (): string | undefined => {
    if (!isObject(json)) return `${show(json)}: ${w.object}`;
    if (json.kind !== 'dti-score-series') return `kind = ${show(json.kind)}: ${w.kind}`;
    if (!Array.isArray(json.periods)) return `periods = ${show(json.periods)}: ${w.array}`;
    const periods: string[] = [];
    for (const [k, p] of json.periods.entries()) {
      if (!isObject(p) || typeof p.period !== 'string')
        return `periods[${k}].period = ${show(isObject(p) ? p.period : p)}: ${w.text}`;
      if (p.median !== null && !isNumber(p.median))
        return `periods[${k}].median = ${show(p.median)}: ${w.numberOrNull}`;
      periods.push(p.period);
    }
    if (!Array.isArray(json.units)) return `units = ${show(json.units)}: ${w.array}`;
    for (const [k, u] of json.units.entries()) {
      const found = unitProblem(u, `units[${k}]`, periods, w);
      if (found) return found;
    }
    return undefined;
  };
  const found = problem();
  return found && `${w.head}: ${found}`;
}
