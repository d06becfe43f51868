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

  it('removes NUL and control characters, and starts with a BOM for Excel by default', () => {
    expect(writeCsv([['Xã\u0000 Một\u001b[2J']])).toBe('\uFEFFXã Một[2J\r\n');
  });
});
