import { describe, expect, it } from 'vitest';
import { readCsv, writeCsv } from '../../src/sheets.js';

describe('writeCsv', () => {
  it('neutralises text that a spreadsheet would run as a formula (OWASP CSV injection)', () => {
    const names = ['=HYPERLINK("http://x")', "+cmd|' /C calc'!A0", '@SUM(1)', '-2+3', '\t=1+1', '\r=1+1', '＝1+1'];
    const csv = writeCsv(
      names.map((n) => [n]),
      { locale: 'en', bom: false },
    );
    expect(csv).toBe(
      [`"'=HYPERLINK(""http://x"")"`, "'+cmd|' /C calc'!A0", "'@SUM(1)", "'-2+3", "'\t=1+1", `"'\r=1+1"`, "'＝1+1"]
        .map((l) => `${l}\r\n`)
        .join(''),
    );
    // Read back, every cell is the protected text: the leading quote is kept.
    expect(readCsv(csv, { delimiter: ',' }).rows.map((r) => r[0])).toEqual(names.map((n) => `'${n}`));
  });

  it('keeps numbers numbers, with the decimal mark of the locale', () => {
    expect(writeCsv([[-2.5, 'Gia Lâm', 97.8, null, true]], { bom: false })).toBe('-2,5;Gia Lâm;97,8;;1\r\n');
    expect(writeCsv([[-2.5, 'a,b', Number.NaN]], { locale: 'en', bom: false })).toBe('-2.5,"a,b",\r\n');
  });

  it('writes each number as JavaScript writes it, the fewest decimals that read back as the number', () => {
    // Written from whole numbers up to six decimals, through String beyond: the same text either way.
    const numbers = [0.5333, -0.05, 0.1 + 0.2, 1 / 3, 2528, -0, 0.000001, 1e-7, 123456789.25, 2 ** 31 + 0.5, 1e21];
    expect(writeCsv([numbers], { locale: 'en', bom: false })).toBe(
      '0.5333,-0.05,0.30000000000000004,0.3333333333333333,2528,0,0.000001,1e-7,123456789.25,2147483648.5,1e+21\r\n',
    );
    expect(writeCsv([[0.5333, -0.05, 1e-7, 1.005, 9.995]], { bom: false })).toBe('0,5333;-0,05;1e-7;1,005;9,995\r\n');
  });

  it('removes NUL and control characters, and starts with a BOM for Excel by default', () => {
    expect(writeCsv([['Xã\u0000 Một\u001b[2J']])).toBe('\uFEFFXã Một[2J\r\n');
  });
});
