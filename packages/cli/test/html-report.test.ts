import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Framework, score } from '@dti-kit/core';
import { describe, expect, it } from 'vitest';
import { formatHtml, REPORT_ROWS } from '../src/html-report.js';
import { REPORT_WORDS } from '../src/html-report-words.js';
import { loadData, loadFramework } from '../src/inputs.js';
import type { Locale } from '../src/options.js';
import { escapeHtml } from '../src/text.js';
import { VERSION } from '../src/version.js';
import { dti, scratch, seeds } from './dti.js';
import { bidiFixture, HOSTILE_NAME, reportFixture } from './report-fixture.js';

const fixture = reportFixture();
const framework: Framework = loadFramework(fixture.framework);
const generated = new Date('2025-03-04T03:05:00Z');

/** The report of the fixture as the CLI writes it, at a fixed time in Vietnam's time zone. */
function page(locale: Locale, maxRows?: number): string {
  const data = loadData(fixture.data, framework, { numberLocale: 'vi', strict: false });
  if (!data.prepared) throw new Error('the fixture must be valid');
  return formatHtml(score(framework, data.prepared), locale, {
    source: data.source,
    period: data.period,
    generated,
    timeZone: 'Asia/Ho_Chi_Minh',
    version: VERSION,
    issues: data.issues,
    maxRows,
  });
}

const vi = page('vi');
const en = page('en');
const bytes = readFileSync(fixture.data);

/** The table row (`<tr>…</tr>`) whose unit name cell holds `name`, as written (escaped). */
const rowOf = (html: string, name: string) =>
  html
    .split('\n')
    .find((line) => line.startsWith('<tr role="row">') && line.includes(`<th scope="row" role="rowheader">${name}`)) ??
  '';

describe('the HTML report states what an official needs to attach it', () => {
  it('has the framework as title in the chosen language, Vietnamese by default', () => {
    expect(vi).toContain('<html lang="vi">');
    expect(vi).toContain('<title>Bộ chỉ số thử cấp xã — 2025</title>');
    expect(vi).toContain('<h1><bdi>Bộ chỉ số thử cấp xã</bdi> <span class="muted">— <bdi>2025</bdi></span></h1>');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<title>Test commune framework — 2025</title>');
    expect(en).toContain('<caption id="caption">League table, period 2025</caption>');
  });

  it('states the period, the framework with its id, version and decision, the file, the time and the tool', () => {
    expect(vi).toContain('<dt>Kỳ đánh giá</dt>\n<dd><strong>2025</strong></dd>');
    expect(vi).toContain(
      '<dt>Bộ chỉ số</dt>\n<dd><bdi>Bộ chỉ số thử cấp xã</bdi> <span class="muted">(mã bo-thu, phiên bản 2025.1)</span></dd>',
    );
    expect(vi).toContain(
      '<dt>Căn cứ</dt>\n<dd><ul>\n<li><a href="https://example.org/qd-99?a=1&amp;b=2" rel="noreferrer">Quyết định 99/QĐ-UBND ngày 01/02/2025</a></li>\n</ul></dd>',
    );
    // The size of the file as written, and its SHA-256 recomputed here from the bytes on disk.
    expect(bytes.length).toBe(333);
    expect(vi).toContain('<dt>Tệp số liệu</dt>\n<dd><strong><bdi>so-lieu-2025.json</bdi></strong>, 333 byte</dd>');
    expect(en).toContain('<dt>Data file</dt>\n<dd><strong><bdi>so-lieu-2025.json</bdi></strong>, 333 bytes</dd>');
    expect(vi).toContain(`<dt>SHA-256</dt>\n<dd><code>${createHash('sha256').update(bytes).digest('hex')}</code></dd>`);
    // 03:05 UTC is 10:05 in Vietnam (UTC+7).
    expect(vi).toContain(
      '<dt>Thời điểm lập</dt>\n<dd><time datetime="2025-03-04T03:05:00.000Z">10:05 ngày 04/03/2025 (GMT+07:00)</time></dd>',
    );
    expect(en).toContain('<time datetime="2025-03-04T03:05:00.000Z">4 March 2025, 10:05 (GMT+07:00)</time>');
    expect(vi).toContain(`<dt>Công cụ</dt>\n<dd>DTI Kit, lệnh dti ${VERSION}</dd>`);
    expect(vi).not.toContain('class="caution"');
  });

  it('the version it states is the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
    expect(dti('--version').out).toBe(`dti ${pkg.version}\n`);
  });

  it('writes counts as each language does (the 3,321 communes of communes-2025.csv)', () => {
    const counts = { total: 3321, ranked: 3170, partial: 3170, unscored: 151, notRanked: 0 };
    expect(REPORT_WORDS.vi.counts(counts)).toBe(
      '3.321 đơn vị, 3.170 được xếp hạng (3.170 khi chưa đủ số liệu, đánh dấu *), 151 chưa đủ dữ liệu để chấm điểm',
    );
    expect(REPORT_WORDS.en.counts(counts)).toBe(
      '3,321 units, 3,170 ranked (3,170 on partial data, marked *), 151 with too little data to score',
    );
  });

  it('counts the units and names each tier with its range, coloured only where the colour is a colour', () => {
    expect(vi).toContain(
      '<p class="summary">4 đơn vị, 3 được xếp hạng (1 khi chưa đủ số liệu, đánh dấu *), 1 chưa đủ dữ liệu để chấm điểm.</p>',
    );
    const dot = (colour: string) =>
      `<svg class="dot" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><circle cx="5" cy="5" r="4.5" fill="${colour}"/></svg>`;
    expect(vi).toContain(`<li>${dot('#1a7f37')}<strong><bdi>Tốt</bdi></strong>: từ 80 trở lên</li>`);
    expect(vi).toContain(`<li>${dot('#4d8f00')}<strong><bdi>Khá</bdi></strong>: từ 65 đến dưới 80</li>`);
    // url(…) is no colour: the tier is shown by its name, and the address never reaches the page.
    expect(vi).toContain('<li><strong><bdi>Trung bình</bdi></strong>: từ 50 đến dưới 65</li>');
    expect(vi).toContain(`<li>${dot('#b42318')}<strong><bdi>Yếu</bdi></strong>: dưới 50</li>`);
    expect(vi).not.toContain('x.test');
    expect(en).toContain(`<li>${dot('#4d8f00')}<strong><bdi>Fair</bdi></strong>: from 65 to under 80</li>`);
  });

  it('writes each unit with its rank (ties marked "=" and explained), score bar, tier label and coverage', () => {
    const hostile = rowOf(vi, 'Xã &lt;b&gt;An&lt;/b&gt; &amp; &quot;Bình&quot; &#39;Đông&#39;');
    const tie =
      '<span class="line">1 <a class="tie" href="#tie-note" title="đồng hạng">=<span class="sr-only"> đồng hạng</span></a></span>';
    expect(hostile).toContain(`<td role="cell" class="num rank" data-label="Hạng">${tie}</td>`);
    expect(rowOf(vi, 'Xã Đông Sơn')).toContain(`<td role="cell" class="num rank" data-label="Hạng">${tie}</td>`);
    // 80.0 on 0–100: a bar 80 of 100 wide, in the colour of Tốt.
    expect(hostile).toContain(
      '<td role="cell" class="num score" data-label="Điểm"><span class="line"><span class="figure">80,0</span><svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="track" width="100" height="8"/><rect class="fill" width="80" height="8" fill="#1a7f37"/></svg></span></td>',
    );
    expect(hostile).toContain('<td role="cell" class="tier" data-label="Xếp loại"><span class="line"><svg class="dot"');
    expect(hostile).toContain('</svg>Tốt</span></td>');
    expect(hostile).toContain('<td role="cell" class="num" data-label="Chính quyền số">80,0</td>');
    expect(hostile).toContain('<td role="cell" class="num" data-label="Độ phủ">100%</td>');

    const tanLap = rowOf(vi, 'Xã Tân Lập');
    // The title names the fixture's rule, the mean (it said "được ước tính" before, not from what).
    expect(tanLap).toContain('<td role="cell" class="num rank" data-label="Hạng"><span class="line">3</span></td>');
    expect(tanLap).toContain(
      '<span class="figure">65,0<a class="mark" href="#coverage-note" title="Độ phủ 75%: thiếu số liệu 1/4 chỉ số, 1 giá trị được ước tính bằng giá trị trung bình">*<span class="sr-only"> Độ phủ 75%: thiếu số liệu 1/4 chỉ số, 1 giá trị được ước tính bằng giá trị trung bình</span></a></span>',
    );
    expect(tanLap).toContain('<rect class="fill" width="65" height="8" fill="#4d8f00"/>');
    expect(tanLap).toContain('<td role="cell" class="num" data-label="Kinh tế số">70,0</td>');

    const moi = rowOf(vi, 'Phường Mới');
    expect(moi).toContain('<td role="cell" class="num rank" data-label="Hạng"><span class="muted">—</span></td>');
    expect(moi).toContain(
      '<td role="cell" class="num score" data-label="Điểm"><span class="muted">chưa đủ dữ liệu</span></td>',
    );
    expect(moi).not.toContain('class="bar"');

    expect(vi).toContain(
      '<p>Điểm trên thang từ 0 đến 100, làm tròn 1 chữ số thập phân; thanh ngang cạnh điểm thể hiện điểm trên thang, tô màu theo xếp loại.</p>',
    );
    expect(vi).toContain(
      '<p id="tie-note">= đồng hạng: các đơn vị có cùng điểm công bố (làm tròn 1 chữ số thập phân) có cùng hạng, và hạng kế tiếp bỏ qua các vị trí họ chiếm (1, 2, 2, 4).</p>',
    );
    expect(en).toContain(
      '<p id="tie-note">= tied: units with the same published score (rounded to 1 decimal place) share a rank, and the next rank skips the places they take (1, 2, 2, 4).</p>',
    );
    expect(vi).toContain(
      '<p id="coverage-note">* thiếu số liệu (độ phủ dưới 100%): chỉ số không có số liệu được ước tính',
    );
    expect(vi).toContain(
      '<p id="unscored-note">&quot;chưa đủ dữ liệu&quot;: độ phủ dưới 50%, mức tối thiểu của bộ chỉ số;',
    );
    expect(en).toContain('<span class="figure">65.0<a class="mark"');
  });

  it('escapes a hostile unit name everywhere: no markup, ampersand or quote from the data survives', () => {
    expect(vi).not.toContain(HOSTILE_NAME);
    expect(vi).not.toContain('<b>');
    expect(vi).toContain(
      '<th scope="row" role="rowheader">Xã &lt;b&gt;An&lt;/b&gt; &amp; &quot;Bình&quot; &#39;Đông&#39;</th>',
    );
  });

  it('carries its own strict CSP, whose hash is that of its only style element; no script, no style attribute', () => {
    const styles = [...vi.matchAll(/<style>([\s\S]*?)<\/style>/gu)];
    expect(styles).toHaveLength(1);
    expect(vi.match(/<style\b/gu)).toHaveLength(1);
    const css = styles[0]?.[1] ?? '';
    const hash = createHash('sha256').update(css, 'utf8').digest('base64');
    expect(vi).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'">`,
    );
    // The policy comes before the style element it allows.
    expect(vi.indexOf('Content-Security-Policy')).toBeLessThan(vi.indexOf('<style>'));
    for (const html of [vi, en]) expect(html).not.toMatch(/<script|\sstyle=|\son[a-z]+=|javascript:/iu);
  });
});

describe('the period and the source the report states', () => {
  const { dir, framework: bo } = fixture;

  it('a spreadsheet takes --period; without it the page says the period is not stated, and the command warns', () => {
    const csv = join(dir, 'so-lieu.csv');
    writeFileSync(csv, 'Mã đơn vị;Tên đơn vị;a;b;c;d\nx;Xã Một;10;20;30;40\n');
    const withPeriod = dti('score', csv, '-f', bo, '--format', 'html', '--period', '2024');
    expect(withPeriod.code).toBe(0);
    expect(withPeriod.out).toContain('<dt>Kỳ đánh giá</dt>\n<dd><strong>2024</strong></dd>');
    const without = dti('score', csv, '-f', bo, '--format', 'html');
    expect(without.code).toBe(0);
    expect(without.out).toContain(
      '<dt>Kỳ đánh giá</dt>\n<dd><span class="muted">không ghi trong tệp số liệu (ghi bằng --period)</span></dd>',
    );
    expect(without.err).toContain(
      '! tệp số liệu không ghi kỳ đánh giá: trang HTML ghi "không ghi trong tệp số liệu" (thêm --period 2024 chẳng hạn)',
    );
  });

  it('a JSON dataset without a period takes --period, in every format (it was dropped before)', () => {
    const json = join(dir, 'khong-ky.json');
    writeFileSync(json, JSON.stringify({ units: [{ id: 'x', name: 'Xã Một', values: { a: 1, b: 2, c: 3, d: 4 } }] }));
    expect(dti('score', json, '-f', bo, '--format', 'html', '--period', '2023').out).toContain(
      '<title>Bộ chỉ số thử cấp xã — 2023</title>',
    );
    expect(JSON.parse(dti('score', json, '-f', bo, '--format', 'json', '--period', '2023').out).period).toBe('2023');
    expect(dti('score', json, '-f', bo, '--period', '2023').out.split('\n')[0]).toBe('Bộ chỉ số thử cấp xã — 2023');
  });

  it('a JSON dataset that states its period refuses a different --period, naming both', () => {
    const r = dti('score', fixture.data, '-f', bo, '--format', 'html', '--period', '2024');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.at(-1)).toBe(`${fixture.data} ghi kỳ "2025" nhưng --period là "2024": bỏ --period hoặc sửa tệp`);
    expect(dti('score', fixture.data, '-f', bo, '--format', 'html', '--period', '2025').code).toBe(0);
  });

  it('writes vi-VN and English sizes, lists the reading warnings, and names a preset’s status', () => {
    const top5 = new URL('../../core/examples/data/dti-2022-top5.json', import.meta.url).pathname;
    const r = dti('score', top5, '-f', 'dti-province-2022', '--format', 'html');
    expect(readFileSync(top5).length).toBe(1923);
    expect(r.out).toContain('<dd><strong><bdi>dti-2022-top5.json</bdi></strong>, 1.923 byte</dd>');
    expect(dti('score', top5, '-f', 'dti-province-2022', '--format', 'html', '--locale', 'en').out).toContain(
      '<dd><strong><bdi>dti-2022-top5.json</bdi></strong>, 1,923 bytes</dd>',
    );
    // The smart-city index is worth 0 points: nobody reporting it is no warning.
    expect(r.out).not.toContain('do-thi-thong-minh');
    // Without an indicator worth points, the same warning the terminal printed, without its "!" and
    // without the counts line.
    const published = JSON.parse(readFileSync(top5, 'utf8')) as { units: { values: Record<string, number> }[] };
    for (const u of published.units) delete u.values['hd-xa-hoi-so'];
    const four = join(scratch(), 'top5-without-social.json');
    writeFileSync(four, JSON.stringify(published));
    const warned = dti('score', four, '-f', 'dti-province-2022', '--format', 'html').out;
    expect(warned).toContain(
      '<li>không đơn vị nào có số liệu cho chỉ số &quot;Hoạt động xã hội số&quot; (hd-xa-hoi-so) — mọi đơn vị được tính 0 điểm ở chỉ số này (bộ chỉ số tính giá trị thiếu là 0 điểm)</li>',
    );
    expect(warned).not.toContain('<li>0 lỗi');
    expect(r.out).toContain(
      '<p class="caution">Bộ chỉ số có sẵn của DTI Kit: chấm điểm từ các chỉ số chính đã công bố, vì các chỉ số thành phần chưa được công bố.</p>',
    );
    expect(r.out).toContain('<td role="cell" class="num" data-label="Chỉ số nền tảng chung">0,8664</td>');
    const template = dti('score', seeds, '-f', 'self-assessment-template', '--format', 'html').out;
    expect(template).toContain('không phải bộ chỉ số được cơ quan có thẩm quyền ban hành.</p>');
  });

  it('warns when a tier colour is not a CSS colour, naming the tier', () => {
    expect(dti('score', fixture.data, '-f', fixture.framework, '--format', 'html', '--locale', 'en').err).toContain(
      '! the colour "url(https://x.test/a)" of tier trung-binh is not a CSS colour: the HTML page shows the tier by name only',
    );
  });
});

describe('labels and names that would reorder the page', () => {
  const bidi = bidiFixture();
  const html = dti('score', bidi.data, '-f', bidi.framework, '--period', '2025', '--format', 'html').out;

  it('carry no bidirectional control or invisible format character into the page, each shown as �', () => {
    // The set the terminal output refuses (printable.ts); "Xã ‮Một", "Tốt‮" and the rest carry U+202E.
    expect(html).not.toMatch(/[\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/u);
    expect(html).toContain('<title>Bộ chỉ số � — 2025</title>');
    expect(html).toContain(
      '<th scope="row" role="rowheader">Xã �Một<span class="group">nhóm: <bdi>Nhóm �A</bdi></span></th>',
    );
    expect(html).toContain('<th scope="col" role="columnheader" class="num">Trụ cột �1</th>');
    expect(escapeHtml('a\u202eb\u2066c\u200bd\ufeffe\u2028f')).toBe('a�b�c�d�e�f');
  });

  it('are isolated where they sit beside numbers: the title and period, the tier and its range', () => {
    expect(html).toContain('<h1><bdi>Bộ chỉ số �</bdi> <span class="muted">— <bdi>2025</bdi></span></h1>');
    expect(html).toContain('<strong><bdi>Tốt�</bdi></strong>: từ 80 trở lên</li>');
    expect(html).toContain('<dd><bdi>Bộ chỉ số �</bdi> <span class="muted">(mã bo-bidi, phiên bản 1)</span></dd>');
    expect(html).toContain('<dd><strong><bdi>data-bidi.csv</bdi></strong>, ');
  });
});

describe('a report of more units than a page can hold', () => {
  const note = (html: string) => /<p class="caution" id="more-units">(.*)<\/p>/u.exec(html)?.[1];
  const listedRows = (html: string) => html.split('\n').filter((l) => l.startsWith('<tr role="row"><td')).length;

  it('lists the first units by rank, says how many it leaves out and where the full table is', () => {
    // Rank order: the two units tied first, then Xã Tân Lập (3), then Phường Mới (unscored).
    const two = page('vi', 2);
    expect(listedRows(two)).toBe(2);
    expect(rowOf(two, 'Xã Đông Sơn')).not.toBe('');
    expect(rowOf(two, 'Xã Tân Lập')).toBe('');
    expect(note(two)).toBe(
      'Trang này liệt kê 2 đơn vị đầu tiên theo thứ hạng trong tổng số 4; 2 đơn vị còn lại không có ở đây để trang mở được trên máy tính và điện thoại. Bảng đầy đủ của mọi đơn vị: lệnh dti score với <code>--format csv</code> hoặc <code>--format json</code>.',
    );
    // The counts are of every unit, shown or not.
    expect(two).toContain('<p class="summary">4 đơn vị, 3 được xếp hạng');
    expect(note(page('en', 1))).toContain('lists the first 1 of 4 units by rank; the other 3 are left out');
    expect(note(page('en', 3))).toBe(
      'This page lists the first 3 of 4 units by rank; the other one is left out so that the page opens on computers and phones. The full table of every unit: dti score with <code>--format csv</code> or <code>--format json</code>.',
    );
  });

  it('lists every unit up to the limit, without the note', () => {
    expect(listedRows(vi)).toBe(4);
    expect(note(vi)).toBeUndefined();
    expect(listedRows(page('vi', 4))).toBe(4);
    expect(note(page('vi', 4))).toBeUndefined();
  });

  it(`dti lists ${REPORT_ROWS.toLocaleString('en')} units of ${(REPORT_ROWS + 1).toLocaleString('en')}`, () => {
    const f = bidiFixture();
    const big = join(f.dir, 'big.csv');
    const lines = ['id,name,p1-a,p2-a'];
    for (let i = 0; i <= REPORT_ROWS; i++) lines.push(`u${i},Xã ${i},${i % 101},${(i * 7) % 101}`);
    writeFileSync(big, `${lines.join('\n')}\n`);
    const r = dti('score', big, '-f', f.framework, '--period', '2025', '--format', 'html');
    expect(r.code).toBe(0);
    expect(listedRows(r.out)).toBe(11_000);
    expect(note(r.out)).toContain(
      'liệt kê 11.000 đơn vị đầu tiên theo thứ hạng trong tổng số 11.001; 1 đơn vị còn lại',
    );
  });
});
