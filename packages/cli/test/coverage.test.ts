import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type MissingPolicy, presetUrl } from '@dti-kit/core';
import { framework as fixtureFramework, goalposts, indicator } from '@dti-kit/testing';
import { describe, expect, it } from 'vitest';
import { dti, scratch, seeds } from './dti.js';

const dir = scratch();

// Three indicators whose missing values are imputed with the mean of the units that reported them.
const framework = join(dir, 'uoc-tinh.json');
writeFileSync(
  framework,
  JSON.stringify(
    fixtureFramework({
      id: 'uoc-tinh',
      label: { vi: 'Ước tính', en: 'Imputed' },
      precision: 1,
      missing: { type: 'mean' },
      children: ['a', 'b', 'c'].map((id) => indicator(id, { method: goalposts(0, 100) })),
    }),
  ),
);
// Tân Lập lacks c, which gets the mean of the others' c, 60: (90 + 90 + 60) / 3 = 80.
const data = join(dir, 'thieu.json');
writeFileSync(
  data,
  JSON.stringify({
    units: [
      { id: 'dong-son', name: 'Đông Sơn', values: { a: 70, b: 70, c: 60 } },
      { id: 'tan-lap', name: 'Tân Lập', values: { a: 90, b: 90 } },
    ],
  }),
);

describe('coverage is visible wherever a rank is shown', () => {
  it('the table marks scores that rest on partial data and explains the mark under it', () => {
    const r = dti('score', data, '-f', framework, '--locale', 'en');
    expect(r.code).toBe(0);
    // The legend names the rule, the mean (it said "imputed from other data" before, not from what).
    expect(r.out.split('\n')).toEqual([
      'Imputed',
      '',
      'Rank  Unit      Score  Tier  Coverage  Status',
      '────  ────────  ─────  ────  ────────  ──────',
      '   1  Tân Lập   80.0*  —        66.7%  ranked',
      '   2  Đông Sơn  66.7   —         100%  ranked',
      '',
      '* partial data (coverage below 100%): indicators not reported are estimated from the mean of the units that reported them, as the framework says; the ranks of these units do not rest on complete data.',
      '',
    ]);
  });

  it('the Vietnamese table names the framework rule for skipped values (the seeds under skip)', () => {
    // The template as it was before it set `missing: zero` and `minCoverage`: unreported items skipped.
    const template = JSON.parse(readFileSync(presetUrl('self-assessment-template'), 'utf8')) as Record<string, unknown>;
    const skipAll = join(dir, 'skip.json');
    writeFileSync(skipAll, JSON.stringify({ ...template, missing: { type: 'skip' }, minCoverage: 0.15 }));
    const lines = dti('score', seeds, '-f', skipAll).out.split('\n');
    expect(lines[4]).toBe(
      '   1  Gia Lâm     98,9*            99,1        97,5      100,0  Tốt        28,6%  đã xếp hạng',
    );
    // Unscored units have no score to mark.
    expect(lines[8]).toBe(
      '   —  Phúc Thọ       —                —           —          —  —          14,3%  chưa đủ dữ liệu',
    );
    expect(lines.slice(-3)).toEqual([
      '* thiếu số liệu (độ phủ dưới 100%): chỉ số không có số liệu bị bỏ qua (điểm được tính lại trên các chỉ số có số liệu) theo quy tắc của bộ chỉ số; thứ hạng của các đơn vị này không dựa trên đủ số liệu.',
      '"chưa đủ dữ liệu": độ phủ dưới 15%, mức tối thiểu của bộ chỉ số; đơn vị không được chấm điểm và xếp hạng.',
      '',
    ]);
  });

  it('the HTML marks them with a link to a footnote, a per-unit title, and no script or inline style', () => {
    const r = dti('score', data, '-f', framework, '--format', 'html', '--locale', 'en');
    expect(r.code).toBe(0);
    // Named by the rule, the mean: "value(s) imputed" and "imputed from other data" before.
    expect(r.out).toContain(
      '<span class="figure">80.0<a class="mark" href="#coverage-note" title="Coverage 66.7%: 1 of 3 indicators not reported, 1 value(s) estimated from the mean">*<span class="sr-only"> Coverage 66.7%: 1 of 3 indicators not reported, 1 value(s) estimated from the mean</span></a></span>',
    );
    expect(r.out).toContain('<span class="figure">66.7</span>');
    expect(r.out).toContain(
      '<p id="coverage-note">* partial data (coverage below 100%): indicators not reported are estimated from the mean of the units that reported them, as the framework says; the ranks of these units do not rest on complete data.</p>',
    );
    expect(r.out).not.toMatch(/<script|style="|\son[a-z]+=/u);
    // A framework without tiers: the bars are not said to be coloured by tier.
    expect(r.out).toContain(
      '<p>Scores on a scale from 0 to 100, rounded to 1 decimal place; the bar beside a score shows it on that scale.</p>',
    );
    const vi = dti('score', data, '-f', framework, '--format', 'html').out;
    expect(vi).toContain(
      'title="Độ phủ 66,7%: thiếu số liệu 1/3 chỉ số, 1 giá trị được ước tính bằng giá trị trung bình"',
    );
  });

  it('a table where every unit reported everything has no mark and no legend', () => {
    const full = join(dir, 'du.json');
    writeFileSync(full, JSON.stringify({ units: [{ id: 'x', name: 'Xã Đủ', values: { a: 10, b: 20, c: 30 } }] }));
    const r = dti('score', full, '-f', framework, '--locale', 'en');
    expect(r.out.split('\n').slice(2)).toEqual([
      'Rank  Unit   Score  Tier  Coverage  Status',
      '────  ─────  ─────  ────  ────────  ──────',
      '   1  Xã Đủ   20.0  —         100%  ranked',
      '',
    ]);
    const html = dti('score', full, '-f', framework, '--format', 'html').out;
    expect(html).not.toContain('id="coverage-note"');
    expect(html).not.toContain('class="mark"');
  });
});

describe('an indicator worth 0 points does not count in coverage', () => {
  // The DTI 2022 preset: the smart-city index is worth 0 of 1000 points; 8 indicators carry them all.
  const head =
    'Mã đơn vị;Tên đơn vị;Nhận thức số;Thể chế số;Hạ tầng số;Nhân lực số;An toàn thông tin mạng;Đô thị thông minh;Hoạt động chính quyền số;Hoạt động kinh tế số;Hoạt động xã hội số';
  const csv = join(dir, 'dti-2022.csv');
  writeFileSync(
    csv,
    [
      head,
      'hn;Hà Nội;0,9;0,8;0,7;0,6;0,5;;0,8;0,6;0,4',
      'dn;Đà Nẵng;0,8;0,8;0,8;0,8;0,8;0,5;0,8;0,8;0,8',
      'hue;Huế;0,5;;0,5;0,5;0,5;;0,5;0,5;0,5',
      '',
    ].join('\n'),
  );

  it('a province without the smart-city value has 100% and no mark; one without a scored value has 7 of 8', () => {
    const r = dti('score', csv, '-f', 'dti-province-2022', '--locale', 'en');
    expect(r.code).toBe(0);
    // Hà Nội: (0.9 + 0.8 + 0.7 + 0.6 + 0.5) × 100 + 0.8 × 200 + (0.6 + 0.4) × 150 = 660 of 1000.
    // Huế: 4 × 0.5 × 100 + 0.5 × 500 = 450 (the blank "Thể chế số" scores 0); 7 of 8 = 87.5%.
    expect(r.out.split('\n').slice(4, 7)).toEqual([
      '   1  Đà Nẵng  0.8000        0.8000      0.8000  Good      100%  ranked',
      '   2  Hà Nội   0.6600        0.7000      0.6200  Fair      100%  ranked',
      '   3  Huế      0.4500*       0.4000      0.5000  Weak     87.5%  ranked',
    ]);
    expect(r.err).toEqual([]);
    const html = dti('score', csv, '-f', 'dti-province-2022', '--format', 'html').out;
    // The framework scores a missing value 0: the note says so, not "estimated".
    expect(html).toContain('title="Độ phủ 87,5%: thiếu số liệu 1/8 chỉ số, 1 giá trị thiếu được tính 0 điểm"');
    expect(dti('score', csv, '-f', 'dti-province-2022', '--format', 'html', '--locale', 'en').out).toContain(
      'title="Coverage 87.5%: 1 of 8 indicators not reported, 1 value(s) missing, scored 0"',
    );
    expect(html.match(/class="mark"/gu)).toHaveLength(1);
  });
});

describe('the partial-data notes of the HTML report say what the missing-value rule did', () => {
  // Three indicators of equal weight, 0–100, under one rule; Xã Một did not report c (coverage 2 of 3).
  const page = (name: string, missing: MissingPolicy, units: object[]) => {
    const path = join(dir, `${name}.json`);
    writeFileSync(
      path,
      JSON.stringify(
        fixtureFramework({
          id: name,
          precision: 1,
          missing,
          children: ['a', 'b', 'c'].map((id) => indicator(id, { method: goalposts(0, 100) })),
        }),
      ),
    );
    const file = join(dir, `${name}-so-lieu.json`);
    writeFileSync(file, JSON.stringify({ units }));
    // The mark's title on Xã Một's score, and what the legend under the table says the rule did.
    return (locale: 'vi' | 'en') => {
      const html = dti('score', file, '-f', path, '--format', 'html', '--locale', locale).out;
      const legend =
        locale === 'vi'
          ? /chỉ số không có số liệu (.*) theo quy tắc của bộ chỉ số;/u
          : /indicators not reported are (.*), as the framework says;/u;
      return [/title="((?:Độ phủ|Coverage) [^"]*)"/u.exec(html)?.[1], legend.exec(html)?.[1]];
    };
  };
  const cOfOneMissing = [
    { id: 'x1', name: 'Xã Một', values: { a: 60, b: 90 } },
    { id: 'x2', name: 'Xã Hai', values: { a: 90, b: 60, c: 30 } },
  ];

  it('zero: the value is scored 0 points, never said to be estimated', () => {
    const html = page('khong', { type: 'zero' }, cOfOneMissing);
    expect(html('vi')).toEqual([
      'Độ phủ 66,7%: thiếu số liệu 1/3 chỉ số, 1 giá trị thiếu được tính 0 điểm',
      'được tính 0 điểm',
    ]);
    expect(html('en')).toEqual([
      'Coverage 66.7%: 1 of 3 indicators not reported, 1 value(s) missing, scored 0',
      'scored 0',
    ]);
  });

  it('skip: the indicator is left out, and no value is counted as filled in', () => {
    const html = page('bo-qua', { type: 'skip' }, cOfOneMissing);
    expect(html('vi')).toEqual([
      'Độ phủ 66,7%: thiếu số liệu 1/3 chỉ số',
      'bị bỏ qua (điểm được tính lại trên các chỉ số có số liệu)',
    ]);
    expect(html('en')).toEqual([
      'Coverage 66.7%: 1 of 3 indicators not reported',
      'left out (the score is re-weighted over the indicators reported)',
    ]);
  });

  it('mean and median: estimated from the mean or the median of the units that reported', () => {
    const mean = page('trung-binh', { type: 'mean' }, cOfOneMissing);
    expect(mean('vi')).toEqual([
      'Độ phủ 66,7%: thiếu số liệu 1/3 chỉ số, 1 giá trị được ước tính bằng giá trị trung bình',
      'được ước tính bằng giá trị trung bình của các đơn vị có số liệu',
    ]);
    expect(mean('en')).toEqual([
      'Coverage 66.7%: 1 of 3 indicators not reported, 1 value(s) estimated from the mean',
      'estimated from the mean of the units that reported them',
    ]);
    const median = page('trung-vi', { type: 'median' }, cOfOneMissing);
    expect(median('vi')).toEqual([
      'Độ phủ 66,7%: thiếu số liệu 1/3 chỉ số, 1 giá trị được ước tính bằng trung vị',
      'được ước tính bằng trung vị của các đơn vị có số liệu',
    ]);
    expect(median('en')[0]).toBe(
      'Coverage 66.7%: 1 of 3 indicators not reported, 1 value(s) estimated from the median',
    );
  });

  it('previous: the previous period’s value, then its fallback (here 0 points), not "estimated"', () => {
    const html = page('ky-truoc', { type: 'previous', fallback: 'zero' }, cOfOneMissing);
    expect(html('vi')).toEqual([
      'Độ phủ 66,7%: thiếu số liệu 1/3 chỉ số, 1 giá trị lấy giá trị của kỳ trước hoặc thiếu được tính 0 điểm',
      'lấy giá trị của kỳ trước nếu có hoặc được tính 0 điểm',
    ]);
    expect(html('en')).toEqual([
      'Coverage 66.7%: 1 of 3 indicators not reported, 1 value(s) given the previous period&#39;s value or missing, scored 0',
      'given the previous period&#39;s value where there is one or scored 0',
    ]);
  });

  it('mean over a column no unit filled in: left out, as the reading warning’s outcome says', () => {
    const html = page('trung-binh-cot-trong', { type: 'mean' }, [
      { id: 'x1', name: 'Xã Một', values: { a: 60, b: 90 } },
      { id: 'x2', name: 'Xã Hai', values: { a: 90, b: 60 } },
    ]);
    // a and b stay under the mean rule (nothing of theirs was missing); c was left out, nothing estimated.
    expect(html('vi')).toEqual([
      'Độ phủ 66,7%: thiếu số liệu 1/3 chỉ số',
      'bị bỏ qua (điểm được tính lại trên các chỉ số có số liệu) hoặc được ước tính bằng giá trị trung bình của các đơn vị có số liệu',
    ]);
    expect(html('en')[0]).toBe('Coverage 66.7%: 1 of 3 indicators not reported');
  });

  it('mean within a parent no other unit shares: left out, as the reading warning’s outcome says', () => {
    // Xã Một's parent "p" is Xã Hai's "P" but for case: no other unit of "p" has c to take the mean of.
    const html = page('trung-binh-cap-tren', { type: 'mean', within: 'parent' }, [
      { id: 'x1', name: 'Xã Một', parent: 'p', values: { a: 60, b: 90 } },
      { id: 'x2', name: 'Xã Hai', parent: 'P', values: { a: 90, b: 60, c: 30 } },
    ]);
    expect(html('vi')).toEqual([
      'Độ phủ 66,7%: thiếu số liệu 1/3 chỉ số',
      'bị bỏ qua (điểm được tính lại trên các chỉ số có số liệu) hoặc được ước tính bằng giá trị trung bình của các đơn vị có số liệu',
    ]);
    expect(html('en')[0]).toBe('Coverage 66.7%: 1 of 3 indicators not reported');
  });
});
