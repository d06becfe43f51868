import { describe, expect, it } from 'vitest';
import { parseValue } from '../../src/sheets.js';

describe('parseValue: Vietnamese cells', () => {
  it.each([
    ['97,8%', { kind: 'number', value: 97.8, percent: true }],
    ['2.528', { kind: 'number', value: 2528, percent: false, ambiguous: true }],
    ['1.234.567,89', { kind: 'number', value: 1234567.89, percent: false }],
    ['0,6961', { kind: 'number', value: 0.6961, percent: false }],
    ['0.6961', { kind: 'number', value: 0.6961, percent: false }],
    ['100%', { kind: 'number', value: 100, percent: true }],
    [' 1 029 ', { kind: 'number', value: 1029, percent: false }],
    ['−5', { kind: 'number', value: -5, percent: false }],
    ['163 tổ', { kind: 'number', value: 163, percent: false }],
    ['1.029 thành viên', { kind: 'number', value: 1029, percent: false, ambiguous: true }],
    ['trên 75%', { kind: 'number', value: 75, percent: true, bound: 'lower' }],
    ['hơn 2.700', { kind: 'number', value: 2700, percent: false, bound: 'lower', ambiguous: true }],
    ['Trên 90 %', { kind: 'number', value: 90, percent: true, bound: 'lower' }],
    ['dưới 5%', { kind: 'number', value: 5, percent: true, bound: 'upper' }],
    ['≥ 80%', { kind: 'number', value: 80, percent: true, bound: 'lower' }],
    ['10/21', { kind: 'number', value: 10 / 21, percent: false, share: { numerator: 10, denominator: 21 } }],
    ['10/21 xã', { kind: 'number', value: 10 / 21, percent: false, share: { numerator: 10, denominator: 21 } }],
    ['có', { kind: 'boolean', value: true }],
    ['Đạt', { kind: 'boolean', value: true }],
    ['X', { kind: 'boolean', value: true }],
    ['không', { kind: 'boolean', value: false }],
    ['Không đạt', { kind: 'boolean', value: false }],
    ['', { kind: 'missing' }],
    ['-', { kind: 'missing' }],
    ['N/A', { kind: 'missing' }],
  ])('%j', (text, expected) => {
    expect(parseValue(text)).toEqual(expected);
  });

  it('reads decomposed Unicode (NFD) like composed', () => {
    expect(parseValue('Không đạt'.normalize('NFD'))).toEqual({ kind: 'boolean', value: false });
    expect(parseValue('trên 75%'.normalize('NFD'))).toMatchObject({ value: 75, bound: 'lower' });
  });

  it('refuses what is not one value, saying why', () => {
    expect(parseValue('70–90%')).toEqual({
      kind: 'error',
      reason: 'a range, not one value: enter one number (the lower end, with "trên", if that is meant)',
      problem: 'range',
    });
    expect(parseValue('nhiều')).toEqual({
      kind: 'error',
      reason: 'not a number, a share, yes/no or empty',
      problem: 'not-a-value',
    });
    expect(parseValue('1,2,3')).toMatchObject({ kind: 'error' });
    expect(parseValue('5/0')).toEqual({ kind: 'error', reason: 'a share over zero', problem: 'share-over-zero' });
  });

  it('reads English-formatted numbers when asked', () => {
    expect(parseValue('2,528.5', { locale: 'en' })).toEqual({ kind: 'number', value: 2528.5, percent: false });
    expect(parseValue('97.8%', { locale: 'en' })).toEqual({ kind: 'number', value: 97.8, percent: true });
  });
});

describe('parseValue: both marks, grouping in threes', () => {
  it('refuses thousands marks that do not group in threes', () => {
    for (const text of ['1,2.3', '1.23,4', '12.34,5']) expect(parseValue(text).kind).toBe('error');
    expect(parseValue('12,34,5.6', { locale: 'en' }).kind).toBe('error');
    expect(parseValue('1.234.567,89')).toMatchObject({ kind: 'number', value: 1234567.89 });
    expect(parseValue('1,234,567.89', { locale: 'en' })).toMatchObject({ kind: 'number', value: 1234567.89 });
    expect(parseValue('-1.234,5')).toMatchObject({ kind: 'number', value: -1234.5 });
  });
});
