import { describe, expect, it } from 'vitest';
import { seriesFault } from '../src/trend/series-check.js';
import { seriesProblem } from '../src/trend/series-problem.js';

const period = { period: '2023', median: null };
const series = (units: unknown) => ({ kind: 'dti-score-series', periods: [period], units });

describe('the series check and its sentences', () => {
  it('finds the first wrong field without words, and says it in either language', () => {
    expect(seriesFault(series(3))).toEqual({ path: 'units', value: 3, code: 'array' });
    expect(seriesProblem(series(3), 'en')).toBe(
      'The data is not a score series (dti-score-series): units = 3: must be an array',
    );
    expect(seriesProblem(null, 'en')).toBe(
      'The data is not a score series (dti-score-series): null: must be a JSON object',
    );
  });

  it('names the unit whose points are wrong: their count, a period out of place', () => {
    expect(seriesProblem(series([{ id: 'x', name: 'X', points: [] }]), 'vi')).toBe(
      'Dữ liệu không phải chuỗi điểm (dti-score-series): units[0].points (X): phải có 1 điểm, mỗi năm một điểm',
    );
    const point = { period: '2022', value: 1, rank: 1, basis: 'published' };
    expect(seriesProblem(series([{ id: 'x', name: 'X', points: [point] }]), 'en')).toBe(
      'The data is not a score series (dti-score-series): units[0].points[0].period = "2022": must be "2023" as in periods (X)',
    );
    expect(seriesFault(series([{ id: 'x', name: 'X', points: [{ ...point, period: '2023' }] }]))).toBe(undefined);
  });
});
