// Number formats as Excel shows them, checked by hand against Excel's and LibreOffice's display.
import { describe, expect, it } from 'vitest';
import { dateText, percentOf } from '../../src/sheets/xlsx/cell-value.js';
import { formatCodeKind, numberFormatKind } from '../../src/sheets/xlsx/number-format.js';

describe('percentOf: the percentage shown, exactly', () => {
  it('moves the decimal point instead of multiplying (0.07 × 100 = 7.000000000000001)', () => {
    expect(0.07 * 100).not.toBe(7);
    expect(0.29 * 100).not.toBe(29);
    expect(percentOf('0.29')).toBe(29);
    expect(percentOf('0.978')).toBe(97.8);
    expect(percentOf('0.07')).toBe(7);
    expect(percentOf('1')).toBe(100);
    expect(percentOf('-0.05')).toBe(-5);
    expect(percentOf('0.00012')).toBe(0.012);
    expect(percentOf('12.5')).toBe(1250);
  });
  it('reads exponent forms', () => {
    expect(percentOf('9.78E-1')).toBe(97.8);
    expect(percentOf('1.2e-5')).toBe(0.0012);
    expect(percentOf('3E+2')).toBe(30000);
  });
});

describe('dateText: serials in the 1900 and 1904 systems', () => {
  it('counts Excel’s phantom 29 February 1900', () => {
    expect(dateText(1, 'date', false)).toBe('1900-01-01');
    expect(dateText(59, 'date', false)).toBe('1900-02-28');
    expect(dateText(60, 'date', false)).toBe('1900-02-29');
    expect(dateText(61, 'date', false)).toBe('1900-03-01');
    expect(dateText(45657, 'date', false)).toBe('2024-12-31');
  });
  it('counts from 1904-01-01 in the 1904 system', () => {
    expect(dateText(0, 'date', true)).toBe('1904-01-01');
    expect(dateText(45657 - 1462, 'date', true)).toBe('2024-12-31');
  });
  it('gives times, date-times and durations; no date for negative serials', () => {
    expect(dateText(45657.354166666664, 'datetime', false)).toBe('2024-12-31T08:30:00');
    expect(dateText(0.75, 'time', false)).toBe('18:00:00');
    expect(dateText(1.5, 'duration', false)).toBe('36:00:00');
    expect(dateText(-1, 'date', false)).toBeUndefined();
  });
});

describe('formatCodeKind', () => {
  it('finds % and date tokens outside quotes, brackets and escapes', () => {
    expect(formatCodeKind('0.0%')).toBe('percent');
    expect(formatCodeKind('0.0%;[Red]-0.0%')).toBe('percent');
    expect(formatCodeKind('0.0" %"')).toBe('plain');
    expect(formatCodeKind('#,##0')).toBe('plain');
    expect(formatCodeKind('#,##0.00\\ [$₫-42A]')).toBe('plain');
    expect(formatCodeKind('General')).toBe('plain');
    expect(formatCodeKind('0.00E+00')).toBe('plain');
    expect(formatCodeKind('[Red]#,##0')).toBe('plain');
    expect(formatCodeKind('dd/mm/yyyy')).toBe('date');
    expect(formatCodeKind('[$-42A]dd/mm/yyyy;@')).toBe('date');
    expect(formatCodeKind('mmm-yy')).toBe('date');
    expect(formatCodeKind('dd/mm/yyyy\\ hh:mm')).toBe('datetime');
    expect(formatCodeKind('h:mm AM/PM')).toBe('time');
    expect(formatCodeKind('mm:ss')).toBe('time');
    expect(formatCodeKind('[h]:mm:ss')).toBe('duration');
    expect(formatCodeKind('"TRUE";"TRUE";"FALSE"')).toBe('boolean');
  });
  it('knows the built-in ids and lets a workbook redefine them', () => {
    expect([9, 10, 14, 22, 20, 46, 3, 0].map((id) => numberFormatKind(id, new Map()))).toEqual([
      'percent',
      'percent',
      'date',
      'datetime',
      'time',
      'duration',
      'plain',
      'plain',
    ]);
    expect(numberFormatKind(14, new Map([[14, '0.00']]))).toBe('plain');
  });
});
