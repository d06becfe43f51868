import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsx } from '@dti-kit/core/sheets';
import { framework as fixtureFramework, goalposts, group, indicator } from '@dti-kit/testing';
import { describe, expect, it } from 'vitest';
import { printable } from '../src/printable.js';
import { dti, scratch } from './dti.js';

const dir = scratch();

// A scale from −100 to 100, so scores can be negative numbers: they must stay numbers in the CSV.
const framework = join(dir, 'thang-do-am.json');
writeFileSync(
  framework,
  JSON.stringify(
    fixtureFramework({
      id: 'thang-do-am',
      label: 'Thang đo âm',
      scale: { min: -100, max: 100 },
      precision: 2,
      children: ['a', 'b'].map((id) => indicator(id, { label: id.toUpperCase(), method: goalposts(0, 100) })),
    }),
  ),
);

const HOSTILE = ['=HYPERLINK("http://x")', "+cmd|' /C calc'!A0", '@SUM(1)', '-2+3', '\t=1', '\r=1'];
// Unit i reports 12.34 + i on both indicators: its score is (12.34 + i) / 100 × 200 − 100 = −75.32 + 2i.
const data = join(dir, 'ten-doc-hai.json');
writeFileSync(
  data,
  JSON.stringify({
    units: HOSTILE.map((name, i) => ({ id: `u${i}`, name, values: { a: 12.34 + i, b: 12.34 + i } })),
  }),
);

describe('CSV cannot run formulas in the spreadsheet that opens it', () => {
  it('neutralises formula-like unit names and keeps negative and decimal scores as numbers', () => {
    const r = dti('score', data, '-f', framework, '--format', 'csv', '--locale', 'en');
    expect(r.code).toBe(0);
    expect(r.out.split('\r\n')).toEqual([
      '\uFEFFid,name,rank,value,tier,coverage,status',
      'u0,"\'=HYPERLINK(""http://x"")",6,-75.32,,1,ranked',
      "u1,'+cmd|' /C calc'!A0,5,-73.32,,1,ranked",
      "u2,'@SUM(1),4,-71.32,,1,ranked",
      "u3,'-2+3,3,-69.32,,1,ranked",
      "u4,'\t=1,2,-67.32,,1,ranked",
      'u5,"\'\r=1",1,-65.32,,1,ranked',
      '',
    ]);
  });

  it('writes Vietnamese CSV the same way, with decimal commas', () => {
    const out = join(dir, 'ket-qua.csv');
    expect(dti('score', data, '-f', framework, '--format', 'csv', '--out', out).code).toBe(0);
    const lines = readFileSync(out, 'utf8').split('\r\n');
    expect(lines[1]).toBe('u0;"\'=HYPERLINK(""http://x"")";6;-75,32;;1;ranked');
    expect(lines[6]).toBe('u5;"\'\r=1";1;-65,32;;1;ranked');
  });

  it('dti init --out x.csv writes the header row through the same writer', () => {
    const hostile = join(dir, 'nhan-doc-hai.json');
    const labels = ['=1+1', 'Tỷ lệ "đúng hạn"; %'];
    writeFileSync(
      hostile,
      JSON.stringify({
        ...(JSON.parse(readFileSync(framework, 'utf8')) as object),
        root: group(
          'r',
          labels.map((label, i) => indicator(`c${i}`, { label, method: goalposts(0, 100) })),
          { label: 'Chỉ số' },
        ),
      }),
    );
    const out = join(dir, 'mau.csv');
    expect(dti('init', hostile, '--out', out).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(
      '\uFEFFSTT;Mã đơn vị;Tên đơn vị;Đơn vị cấp trên;\'=1+1;"Tỷ lệ ""đúng hạn""; %"\r\n',
    );
  });
});

describe('control characters in the data never reach the terminal or the files', () => {
  const names = join(dir, 'ky-tu-dieu-khien.json');
  writeFileSync(
    names,
    JSON.stringify({
      units: [
        { id: 'esc', name: 'x\u001b[2J', values: { a: 50, b: 50 } },
        { id: 'nul', name: 'a\u0000b', values: { a: 40, b: 40 } },
        { id: 'c1', name: 'c\u009b31m', values: { a: 30, b: 30 } },
      ],
    }),
  );

  it('shows them as visible placeholders in the table', () => {
    const r = dti('score', names, '-f', framework, '--locale', 'en');
    expect(r.code).toBe(0);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters.
    expect(r.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u);
    const lines = r.out.split('\n');
    expect(lines[4]).toBe('   1  x␛[2J    0.00  —         100%  ranked');
    expect(lines[5]).toBe('   2  a␀b    -20.00  —         100%  ranked');
    expect(lines[6]).toBe('   3  c�31m  -40.00  —         100%  ranked');
  });

  it('shows them as placeholders in issue messages and errors', () => {
    const csv = join(dir, 'o-loi.csv');
    writeFileSync(csv, 'Mã đơn vị;Tên đơn vị;a;b\nx1;Xã Một;9\u001b[2J;50\n');
    const r = dti('validate', csv, '-f', framework, '--locale', 'en');
    expect(r.code).toBe(1);
    expect(r.err[0]).toBe(
      '✗ o-loi.csv!C2: "9␛[2J" for unit "x1", indicator "a": not a number, a share, yes/no or empty (column "a")',
    );
    const missing = dti('score', join(dir, 'khong-co\u001b[2J.csv'), '-f', framework);
    expect(missing.code).toBe(3);
    expect(missing.err[0]).toBe(`không đọc được ${join(dir, 'khong-co␛[2J.csv')}: không có tệp này`);
    expect(dti('\u001b[2J').err).toEqual(['không có lệnh "␛[2J"; xem dti --help']);
  });

  it('never writes NUL or ESC into csv, json or html files', () => {
    for (const format of ['csv', 'json', 'html']) {
      const out = join(dir, `ket-qua.${format}`);
      expect(dti('score', names, '-f', framework, '--format', format, '--out', out).code).toBe(0);
      const bytes = readFileSync(out);
      expect(bytes.includes(0x00), format).toBe(false);
      expect(bytes.includes(0x1b), format).toBe(false);
    }
    expect(readFileSync(join(dir, 'ket-qua.csv'), 'utf8')).toContain(';ab;');
    expect(readFileSync(join(dir, 'ket-qua.html'), 'utf8')).toContain('<th scope="row" role="rowheader">ab</th>');
  });

  it('JSON output escapes bidi overrides and separators instead of losing them', () => {
    const file = join(dir, 'bidi.json');
    writeFileSync(file, JSON.stringify({ units: [{ id: 'x', name: 'Xã \u202eMột', values: { a: 50, b: 50 } }] }));
    const r = dti('score', file, '-f', framework, '--format', 'json');
    expect(r.out).toContain('"name": "Xã \\u202eMột"');
    expect((JSON.parse(r.out) as { units: { name: string }[] }).units[0]?.name).toBe('Xã \u202eMột');
  });

  it('printable shows bidi overrides, line separators and zero-width characters as �', () => {
    expect(printable('Xã \u202eMột 90\u2028 Hai\u200b\u2066!')).toBe('Xã �Một 90� Hai��!');
    // Vietnamese text, its combining marks and ordinary spaces pass unchanged.
    expect(printable('Phường Thủy Thạch, Xã Đức Mỹ\u00a0(70,5%)')).toBe('Phường Thủy Thạch, Xã Đức Mỹ\u00a0(70,5%)');
  });

  it('printable keeps what the program itself lays out', () => {
    expect(printable('a\nb\u0007', '\n')).toBe('a\nb␇');
    expect(printable('a\nb\u007f')).toBe('a␊b␡');
  });
});

describe('JSON output', () => {
  it('writes < as \\u003c so pasted JSON cannot close a <script> element, and reads back the same', () => {
    const file = join(dir, 'script.json');
    const name = '</script><script>alert(1)</script>';
    writeFileSync(file, JSON.stringify({ units: [{ id: 'x', name, values: { a: 50, b: 50 } }] }));
    const r = dti('score', file, '-f', framework, '--format', 'json');
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('<');
    expect(r.out).toContain('"name": "\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"');
    expect((JSON.parse(r.out) as { units: { name: string }[] }).units[0]?.name).toBe(name);
  });
});

// The workbook written by `dti init` goes through writeXlsx; this guards that it still reads back.
it('dti init still writes a readable workbook', () => {
  const out = join(dir, 'mau.xlsx');
  expect(dti('init', framework, '--out', out).code).toBe(0);
  expect(readXlsx(new Uint8Array(readFileSync(out)))[0]?.rows[1]).toEqual([
    'STT',
    'Mã đơn vị',
    'Tên đơn vị',
    'Đơn vị cấp trên',
    'A',
    'B',
  ]);
});

describe('a .json data file that holds no dataset', () => {
  it.each(['null', '[]', '"x;y"', '5'])('%s is a data problem (exit 1), not a crash or CSV text', (json) => {
    const dir2 = scratch();
    const file = join(dir2, 'so-lieu.json');
    writeFileSync(file, json);
    const r = dti('validate', file, '-f', framework, '--locale', 'en');
    expect(r.code).toBe(1);
    expect(r.err).toEqual([`${file} is not a dataset: expected a JSON object {"units": [...]}`]);
  });
});

describe('compare given a broken score table', () => {
  it.each([
    ['null', 2, 'is not a score table'],
    ['{"kind": "dti-score-table", "units": [null]}', 1, 'units[0]: expected {"id", "name", "value", "rank"}'],
    [
      '{"kind": "dti-score-table", "units": [{"id": "a", "name": "A", "value": "9", "rank": 1}]}',
      1,
      'units[0]: expected',
    ],
    // The tester's m-nodediff.json and m-rankfrac.json, cut to the unit at fault.
    [
      '{"kind": "dti-score-table", "framework": {"precision": 1, "ties": "competition"}, "nodes": [{"id": "r", "parent": null}], "units": [{"id": "s0", "name": "Xã S0", "value": 90, "rank": 1, "nodes": {"r": {"value": 10, "rank": 1}}}]}',
      1,
      `units[0] (Xã S0): nodes.r.value = 10 must equal the unit's value (value = 90): a unit's value is its root node's value`,
    ],
    [
      '{"kind": "dti-score-table", "framework": {"precision": 1, "ties": "competition"}, "nodes": [{"id": "r", "parent": null}], "units": [{"id": "s0", "name": "Xã S0", "value": 90, "rank": 1, "nodes": {"r": {"value": 90.04, "rank": 1}}}, {"id": "s1", "name": "Xã S1", "value": 80, "rank": 2.5, "nodes": {"r": {"value": 80, "rank": 2}}}]}',
      1,
      'units[1] (Xã S1): rank = 2.5 is a fractional rank, but framework.ties = "competition" gives whole ranks only',
    ],
  ])('%s is refused with its place', (json, code, message) => {
    const dir2 = scratch();
    const file = join(dir2, 'bang.json');
    writeFileSync(file, json);
    const r = dti('compare', file, file, '--locale', 'en');
    expect(r.code).toBe(code);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain(message);
  });
});

describe('compare --crosswalk with a file of the wrong shape', () => {
  it('is refused with the file named, never a stack trace', () => {
    const table = join(dir, 'bang.json');
    writeFileSync(
      table,
      JSON.stringify({ kind: 'dti-score-table', units: [{ id: 'a', name: 'A', value: 1, rank: 1 }] }),
    );
    for (const [name, body] of [
      ['null.json', 'null'],
      ['mang.json', '[1, 2]'],
      ['so.json', '{"crosswalk": {"a": 3}}'],
    ] as const) {
      const file = join(dir, name);
      writeFileSync(file, body);
      const r = dti('compare', table, table, '--crosswalk', file, '--locale', 'en');
      expect(r.code).toBe(1);
      expect(r.err).toEqual([
        `${file} is not a crosswalk: expected [{ "to": "new-id", "from": ["old-id", …] }, …] or { "old-id": "new-id", … }`,
      ]);
    }
  });
});
