import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAIN, plainVietnameseNumber } from '../../src/sheets/parse-value.js';

/** The pattern plain Vietnamese numbers were read with, and how: the reference for the scanner. */
const PATTERN = /^(-?)(\d+|[1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d+))?(%?)$/u;

function reference(text: string) {
  const plain = PATTERN.exec(text);
  if (!plain) return undefined;
  return {
    value: Number(`${plain[1]}${(plain[2] as string).replaceAll('.', '')}.${plain[3] ?? '0'}`),
    percent: plain[4] === '%',
    // "1,000" (read as 1) or "2.528" (read as 2528): one mark before three digits, read otherwise in English.
    ambiguous:
      (plain[3]?.length === 3 && /^[1-9]\d{0,2}$/u.test(plain[2] as string)) ||
      (plain[3] === undefined && /^[1-9]\d{0,2}\.\d{3}$/u.test(plain[2] as string)),
  };
}

describe('plainVietnameseNumber: the scanner behind the fast path of parseValue', () => {
  it.each([
    ['97,8%', 97.8, true, false],
    ['2.528', 2528, false, true],
    ['2.528%', 2528, true, true],
    ['1.234.567', 1234567, false, false],
    ['1.234.567,89', 1234567.89, false, false],
    ['-0,5', -0.5, false, false],
    ['1,000', 1, false, true],
    ['12345678901234567,5', 12345678901234568, false, false],
  ])('reads %s', (text, value, percent, ambiguous) => {
    expect(plainVietnameseNumber(text)).toBe(true);
    expect({ ...PLAIN }).toEqual({ value, percent, ambiguous });
  });

  it.each(['', '-', '1.23', '01.234', '1234.567', '1.234.56', '1,', ',5', '5%%', '5 %', '1.234,5.6', '+1'])(
    'leaves %j to the general reader',
    (text) => {
      expect(plainVietnameseNumber(text)).toBe(false);
    },
  );

  it('reads exactly what the pattern reads, to the same double', () => {
    const text = fc.string({ unit: fc.constantFrom('0', '1', '5', '9', '.', ',', '%', '-', 'a'), maxLength: 24 });
    fc.assert(
      fc.property(text, (t) => {
        const expected = reference(t);
        expect(plainVietnameseNumber(t)).toBe(expected !== undefined);
        if (expected)
          expect({ ...PLAIN, value: Object.is(PLAIN.value, -0) ? '-0' : PLAIN.value }).toEqual({
            ...expected,
            value: Object.is(expected.value, -0) ? '-0' : expected.value,
          });
      }),
      { numRuns: 20_000 },
    );
  });
});
