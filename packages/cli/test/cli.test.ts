import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { frameworkJsonSchema, type ScoreTable } from '@dti-kit/core';
import { readXlsx, writeXlsx } from '@dti-kit/core/sheets';
import { framework as fixtureFramework, goalposts, group, indicator } from '@dti-kit/testing';
import { describe, expect, it } from 'vitest';
import { run } from '../src/main.js';
import { completeLongCsv } from './dti.js';

const core = new URL('../../core/', import.meta.url).pathname;
const seeds = join(core, 'examples/data/seeds-2024.json');
const fixtures = join(core, 'test/fixtures');
const dir = mkdtempSync(join(tmpdir(), 'dti-cli-'));

function dti(...args: string[]) {
  let out = '';
  const err: string[] = [];
  const code = run(
    args,
    (t) => {
      out += t;
    },
    (l) => err.push(l),
  );
  return { code, out, err };
}

describe('dti', () => {
  it('prints help with examples and exits 0; no command is a usage error', () => {
    const help = dti('--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('dti score so-lieu.xlsx --framework self-assessment-template');
    expect(dti().code).toBe(2);
    expect(dti('score', '--help').out).toContain('--format <f>');
  });

  it('lists the presets with their status and gaps', () => {
    const r = dti('frameworks');
    expect(r.code).toBe(0);
    for (const id of ['dti-province-2022', 'service-index-766', 'self-assessment-template', 'dti-province-2025'])
      expect(r.out).toContain(id);
    // Was the English sentence under the default Vietnamese: the list is now in the language asked for.
    expect(r.out).toContain(
      'dti-province-2025: Các báo cáo công khai nêu 8 chỉ số chính và 47 chỉ số thành phần trên thang 1000 điểm',
    );
  });

  it('scores the seed districts end to end into a Vietnamese league table', () => {
    const r = dti('score', seeds, '--framework', 'self-assessment-template');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('Mẫu bộ tiêu chí tự đánh giá chuyển đổi số cấp huyện, xã — 2024');
    expect(lines[2]).toBe(
      'Hạng  Đơn vị      Điểm  Chính quyền số  Kinh tế số  Xã hội số  Xếp loại  Độ phủ  Trạng thái',
    );
    // The template needs half of the 21 indicators (minCoverage 0.5): every press report covers less.
    expect(lines[5]).toBe(
      '   —  Gia Lâm        —               —           —          —  —          28,6%  chưa đủ dữ liệu',
    );
    expect(lines[7]).toBe(
      '   —  Phúc Thọ       —               —           —          —  —          14,3%  chưa đủ dữ liệu',
    );
    // Every unit is below the template's minimum, and the table says where the line is.
    expect(lines.slice(9)).toEqual([
      '',
      '"chưa đủ dữ liệu": độ phủ dưới 50%, mức tối thiểu của bộ chỉ số; đơn vị không được chấm điểm và xếp hạng.',
      '',
    ]);
    const en = dti('score', seeds, '--framework', 'self-assessment-template', '--locale', 'en');
    expect(en.out.split('\n').at(-2)).toBe(
      '"too little data": coverage below 50%, the framework\'s minimum; the unit is neither scored nor ranked.',
    );
  });

  it('writes JSON score tables for the widgets', () => {
    const out = join(dir, 'ket-qua.json');
    const r = dti('score', seeds, '-f', 'self-assessment-template', '--format', 'json', '--out', out);
    expect(r.code).toBe(0);
    const table = JSON.parse(readFileSync(out, 'utf8')) as ScoreTable;
    expect(table.kind).toBe('dti-score-table');
    expect(table.units.find((u) => u.id === 'gia-lam')).toMatchObject({
      value: null,
      rank: null,
      tier: null,
      status: 'unscored',
      nodes: { 'kinh-te-so': { value: null, rank: null } },
    });
  });

  it('writes CSV for Excel in Vietnamese (semicolons, decimal commas, BOM) or English', () => {
    const vi = dti('score', seeds, '-f', 'self-assessment-template', '--format', 'csv');
    // The units' parent goes out again (it was dropped): a file read back keeps what its ranks were within.
    expect(
      vi.out.startsWith('\uFEFFid;name;parent;rank;value;tier;coverage;status;chinh-quyen-so;kinh-te-so;xa-hoi-so'),
    ).toBe(true);
    expect(vi.out).toContain('gia-lam;Gia Lâm;ha-noi;;;;0,2857;unscored;;;');
    const en = dti('score', seeds, '-f', 'self-assessment-template', '--format', 'csv', '--locale', 'en');
    expect(en.out).toContain('gia-lam,Gia Lâm,ha-noi,,,,0.2857,unscored,,,');
  });

  it('keeps the CSV headings and statuses English under --locale vi, and says so in score --help', () => {
    // CSV is read by programs: a heading that changed with --locale would break them. Only the
    // delimiter and the decimal mark follow the locale, as Excel reads them.
    const vi = dti('score', seeds, '-f', 'self-assessment-template', '--format', 'csv', '--locale', 'vi');
    const en = dti('score', seeds, '-f', 'self-assessment-template', '--format', 'csv', '--locale', 'en');
    const head = (out: string) => out.replace(/^\uFEFF/, '').split('\r\n')[0] as string;
    expect(head(vi.out).split(';')).toEqual(head(en.out).split(','));
    expect(head(vi.out).split(';').slice(0, 8)).toEqual([
      'id',
      'name',
      'parent',
      'rank',
      'value',
      'tier',
      'coverage',
      'status',
    ]);
    const help = dti('score', '--help').out;
    expect(help).toContain('CSV: tiêu đề cột và trạng thái luôn bằng tiếng Anh, ổn định cho chương trình đọc');
    expect(help).toContain('CSV: headings and statuses are always English, stable for programs that read them');
  });

  it('writes an HTML page that escapes unit names and has no script', () => {
    const data = join(dir, 'xss.json');
    writeFileSync(
      data,
      JSON.stringify({
        units: [
          {
            id: 'x',
            name: '<script>alert(1)</script>',
            values: { 'chu-ky-so': 90, 'van-ban-ky-so': 80, 'mot-cua-dien-tu': 70, 'ho-so-dung-han': 100 },
          },
        ],
      }),
    );
    const r = dti('score', data, '-f', 'self-assessment-template', '--format', 'html', '--locale', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(r.out).not.toMatch(/<script|style="/u);
    expect(r.out).toContain('<html lang="en">');
  });

  it('validate lists every problem with sheet, row and column, and exits 1', () => {
    const r = dti(
      'validate',
      join(fixtures, 'seeds-wide.xlsx'),
      '--framework',
      'self-assessment-template',
      '--locale',
      'en',
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      '✗ Số liệu!D6: "nhiều" for unit "phuc-tho", indicator "van-ban-dien-tu": not a number, a share, yes/no or empty (column "Tỷ lệ văn bản trao đổi dưới dạng điện tử (%)")',
    );
    expect(r.err).toContain(
      '! Số liệu!H4: "trên 75%" is a lower bound; 75 is used as the value (column "Tỷ lệ người dân có tài khoản thanh toán điện tử")',
    );
    // The fixture has no column for 16 of the template's indicators: 16 more warnings, summed up last.
    // Two more than before: the sheet read in place of "Hướng dẫn", which the workbook opens on, and
    // the title row above the header, both once skipped without a word.
    expect(r.err.slice(-2)).toEqual([
      '1 error(s), 21 warning(s)',
      '! 16 framework indicator(s) have no column in the file; the warning of each says whether it scores 0 or is left out, by the missing-value rule of the framework',
    ]);
  });

  it('validate passes a clean file', () => {
    // Long layout as in seeds-long.csv, but with a row for every indicator and field of the template.
    const clean = join(dir, 'hai-huyen.csv');
    writeFileSync(
      clean,
      completeLongCsv([
        { id: 'gia-lam', name: 'Gia Lâm' },
        { id: 'phuc-tho', name: 'Phúc Thọ' },
      ]),
    );
    const r = dti('validate', clean, '-f', 'self-assessment-template');
    expect(r.code).toBe(0);
    expect(r.out).toBe(`✓ ${clean}: 2 đơn vị, hợp lệ với bộ chỉ số self-assessment-template\n`);
  });

  it('compare gives score and rank changes', () => {
    const before = join(dir, 'truoc.json');
    const after = join(dir, 'nay.json');
    const unit = (id: string, name: string, v: number) => ({ id, name, values: { 'chu-ky-so': v } });
    writeFileSync(before, JSON.stringify({ units: [unit('a', 'Võng Xuyên', 50), unit('b', 'Sen Phương', 80)] }));
    writeFileSync(
      after,
      JSON.stringify({ units: [unit('a', 'Võng Xuyên', 90), unit('b', 'Sen Phương', 70), unit('c', 'Tam Hiệp', 60)] }),
    );
    const framework = join(dir, 'khung.json');
    writeFileSync(
      framework,
      JSON.stringify(
        fixtureFramework({
          id: 'chu-ky-so',
          label: 'Chữ ký số',
          children: [indicator('chu-ky-so', { label: 'Chữ ký số', method: goalposts(0, 100) })],
        }),
      ),
    );
    const r = dti('compare', before, after, '-f', framework);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    // Each unit now leads with its id (two communes may share a name); the figures are the same.
    expect(lines[0]).toBe('Mã  Đơn vị      Trước  Nay  Thay đổi  Hạng trước  Hạng nay  Bậc');
    expect(lines[2]).toBe('a   Võng Xuyên     50   90       +40           2         1  ▲ 1');
    expect(lines[3]).toBe('b   Sen Phương     80   70       -10           1         2  ▼ 1');
    expect(lines[4]).toBe('c   Tam Hiệp        —   60       mới           —         3    —');
  });

  it('init writes a template that reads back and scores', () => {
    const out = join(dir, 'mau.xlsx');
    expect(dti('init', 'self-assessment-template', '--out', out).code).toBe(0);
    const [data, guide] = readXlsx(new Uint8Array(readFileSync(out)));
    expect(data?.rows[1]?.slice(0, 5)).toEqual([
      'STT',
      'Mã đơn vị',
      'Tên đơn vị',
      'Đơn vị cấp trên',
      'Tỷ lệ văn bản trao đổi dưới dạng điện tử (%)',
    ]);
    expect(data?.rows[0]?.[4]).toBe('Chính quyền số');
    expect(guide?.name).toBe('Hướng dẫn');
    // Fill in one unit as an editor would, then score the file.
    const header = data?.rows[1] ?? [];
    const row = header.map((h) =>
      h === 'Tên đơn vị' ? 'Võng Xuyên' : typeof h === 'string' && h.includes('(%)') ? '80%' : null,
    );
    const filled = join(dir, 'da-dien.xlsx');
    writeFileSync(filled, writeXlsx([{ name: 'Số liệu', rows: [data?.rows[0] ?? [], header, row], headerRows: 2 }]));
    const r = dti('score', filled, '-f', 'self-assessment-template', '--format', 'json');
    expect(r.code).toBe(0);
    // 13 of the 21 indicators filled at 80 %; the 8 computed from counts are blank and earn 0, except the
    // district-level ones, which are skipped: government 9 · 80 / 11 = 65.45 %, economy 80 %, society 80 %
    // → 0.4 · 65.45 + 0.3 · 80 + 0.3 · 80 = 74.18 → 74.2
    expect((JSON.parse(r.out) as ScoreTable).units[0]).toMatchObject({ id: 'vong-xuyen', value: 74.2 });
  });

  it('schema prints the JSON Schema', () => {
    expect(JSON.parse(dti('schema').out)).toEqual(frameworkJsonSchema());
  });

  it('exit codes: 2 for usage errors, 3 for unreadable files, 1 for a broken framework file', () => {
    expect(dti('nonsense').code).toBe(2);
    expect(dti('score', seeds).code).toBe(2);
    expect(dti('score', seeds, '-f', 'self-assessment-template', '--bogus').code).toBe(2);
    const missing = dti('score', join(dir, 'khong-co.xlsx'), '-f', 'self-assessment-template');
    expect(missing.code).toBe(3);
    expect(missing.err[0]).toBe(`không đọc được ${join(dir, 'khong-co.xlsx')}: không có tệp này`);
    const broken = join(dir, 'hong.json');
    writeFileSync(
      broken,
      JSON.stringify(fixtureFramework({ id: 'x', label: 'x', scale: { min: 0, max: 1 }, root: group('r', []) })),
    );
    const r = dti('score', seeds, '-f', broken);
    expect(r.code).toBe(1);
    expect(r.err[0]).toContain('root.children: group "r" has no children');
  });

  it('runs as a binary', () => {
    const bin = new URL('../dist/dti.js', import.meta.url).pathname;
    const r = spawnSync(process.execPath, [bin, 'score', seeds, '-f', 'self-assessment-template', '--format', 'json'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as ScoreTable).units).toHaveLength(5);
    const bad = spawnSync(
      process.execPath,
      [bin, 'validate', join(fixtures, 'seeds-wide.csv'), '-f', 'self-assessment-template'],
      { encoding: 'utf8' },
    );
    expect(bad.status).toBe(1);
  });
});
