import { describe, expect, it } from 'vitest';
import { readValue, unitOfRecord } from '../../src/validate/dataset.js';
import type { DtiIssue } from '../../src/validate/issue.js';

describe('readValue: the number a unit’s value is read as', () => {
  it('keeps finite numbers, reads yes/no as 1/0 and null or absent as not reported', () => {
    const issues: DtiIssue[] = [];
    expect(readValue(issues, 'hn', 0, 'online', 42.5)).toBe(42.5);
    expect(readValue(issues, 'hn', 0, 'online', true)).toBe(1);
    expect(readValue(issues, 'hn', 0, 'online', false)).toBe(0);
    expect(readValue(issues, 'hn', 0, 'online', null)).toBeNaN();
    expect(readValue(issues, 'hn', 0, 'online', undefined)).toBeNaN();
    expect(issues).toEqual([]);
  });

  it('reads text and infinities as not reported, with an issue naming unit, indicator, value and path', () => {
    const issues: DtiIssue[] = [];
    expect(readValue(issues, 'hn', 3, 'online', 'nhiều')).toBeNaN();
    expect(readValue(issues, 'hn', 3, 'online', Number.POSITIVE_INFINITY)).toBeNaN();
    expect(issues.map((i) => [i.code, i.unit, i.indicator, i.path, i.message])).toEqual([
      [
        'invalid-value',
        'hn',
        'online',
        ['units', 3, 'values', 'online'],
        'unit "hn", indicator "online": value "nhiều" is not a number, yes/no or null',
      ],
      [
        'invalid-value',
        'hn',
        'online',
        ['units', 3, 'values', 'online'],
        'unit "hn", indicator "online": value Infinity is not a finite number',
      ],
    ]);
  });
});

describe('unitOfRecord: a unit’s description from its record', () => {
  it('puts the text in NFC, names the unit by its id when it has no name, and ranks it unless told not to', () => {
    const issues: DtiIssue[] = [];
    const index = new Map<string, number>();
    const nfd = 'Đà Nẵng'.normalize('NFD');
    expect(unitOfRecord({ id: nfd, values: {} }, 0, index, issues)).toEqual({
      id: 'Đà Nẵng',
      name: 'Đà Nẵng',
      parent: undefined,
      peerGroup: undefined,
      ranked: true,
      population: undefined,
    });
    expect(
      unitOfRecord({ id: 'b', name: 'B', parent: 'p', ranked: false, population: 12, values: {} }, 1, index, issues),
    ).toMatchObject({ id: 'b', name: 'B', parent: 'p', ranked: false, population: 12 });
    expect([...index]).toEqual([
      ['Đà Nẵng', 0],
      ['b', 1],
    ]);
    expect(issues).toEqual([]);
  });

  it('reports an id seen before (also when it differs only in Unicode form) and keeps the first one’s place', () => {
    const issues: DtiIssue[] = [];
    const index = new Map<string, number>();
    unitOfRecord({ id: 'Huế', values: {} }, 0, index, issues);
    unitOfRecord({ id: 'Huế'.normalize('NFD'), values: {} }, 2, index, issues);
    expect(index.get('Huế')).toBe(0);
    expect(issues).toEqual([
      {
        severity: 'error',
        code: 'duplicate-unit',
        message: 'unit "Huế" appears twice (rows 0 and 2)',
        path: ['units', 2, 'id'],
        unit: 'Huế',
        value: 'Huế',
      },
    ]);
  });
});
