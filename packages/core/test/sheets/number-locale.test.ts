import { describe, expect, it } from 'vitest';
import { DtiError } from '../../src/index.js';
import { parseValue, readCsv, sheetToDataset } from '../../src/sheets.js';
import { flatFramework, indicator } from '../helpers.js';

describe('parseValue: English number format', () => {
  it.each([
    ['1,234.5', 1234.5],
    ['1,234,567.89', 1234567.89],
    ['0.5', 0.5],
    ['12', 12],
  ])('%j → %d', (text, value) => {
    expect(parseValue(text, { locale: 'en' })).toEqual({ kind: 'number', value, percent: false });
  });

  it.each([
    ['1,234', 1234],
    ['-1,234', -1234],
    ['2,528 people', 2528],
  ])('%j → %d, flagged as possibly a decimal written the Vietnamese way', (text, value) => {
    expect(parseValue(text, { locale: 'en' })).toEqual({ kind: 'number', value, percent: false, ambiguous: true });
  });

  it('reads "1.234" as 1.234, flagged as possibly a thousand written the Vietnamese way', () => {
    expect(parseValue('1.234', { locale: 'en' })).toEqual({
      kind: 'number',
      value: 1.234,
      percent: false,
      ambiguous: true,
    });
  });

  it('reads percentages, bounds and shares', () => {
    expect(parseValue('97.8%', { locale: 'en' })).toEqual({ kind: 'number', value: 97.8, percent: true });
    expect(parseValue('trên 1,000', { locale: 'en' })).toEqual({
      kind: 'number',
      value: 1000,
      percent: false,
      bound: 'lower',
      ambiguous: true,
    });
    expect(parseValue('1,000/2,000', { locale: 'en' })).toEqual({
      kind: 'number',
      value: 0.5,
      percent: false,
      share: { numerator: 1000, denominator: 2000 },
    });
  });

  it('refuses what is not an English number', () => {
    expect(parseValue('1,23,4', { locale: 'en' })).toMatchObject({ kind: 'error', problem: 'number-format' });
  });
});

describe('number locale', () => {
  it('an unknown locale throws a DtiError naming the allowed ones, in parseValue and sheetToDataset', () => {
    const options = { locale: 'xx' } as unknown as { locale: 'vi' };
    expect(() => parseValue('1,5', options)).toThrow(
      new DtiError('unknown number locale "xx": use "vi" or "en"', 'invalid-format'),
    );
    const fw = flatFramework([indicator('a')]);
    expect(() => sheetToDataset(readCsv('id,a\nx,1'), fw, options)).toThrow(/unknown number locale "xx"/);
    const thrown = (() => {
      try {
        parseValue('1', options);
      } catch (e) {
        return e;
      }
    })();
    expect(thrown).toBeInstanceOf(DtiError);
    expect(thrown).toMatchObject({ code: 'invalid-format' });
  });
});

describe('parseValue: spreadsheet error literals', () => {
  it.each(['#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA'])(
    '%s is a missing value that says it was an error',
    (text) => {
      expect(parseValue(text)).toEqual({ kind: 'missing', error: text });
      expect(parseValue(` ${text.toLowerCase()} `, { locale: 'en' })).toEqual({ kind: 'missing', error: text });
    },
  );
});
