import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { framework as fixtureFramework, goalposts, indicator } from '@dti-kit/testing';
import { describe, expect, it } from 'vitest';
import { dti, scratch } from './dti.js';

describe('dti frameworks speaks the language of --locale', () => {
  it('Vietnamese, with diacritics, by default and under --locale vi', () => {
    const lines = dti('frameworks', '--locale', 'vi').out.split('\n');
    expect(lines[0]?.split(/\s{2,}/)).toEqual(['Mã', 'Trạng thái', 'Tên', 'Nguồn']);
    expect(lines[2]?.split(/\s{2,}/)).toEqual([
      'dti-province-2022',
      'chỉ số chính',
      'DTI cấp tỉnh (QĐ 922/QĐ-BTTTT)',
      'Quyết định 922/QĐ-BTTTT ngày 20/5/2022, Phụ lục 1',
    ]);
    expect(lines[4]?.split(/\s{2,}/)).toEqual([
      'self-assessment-template',
      'mẫu',
      'Mẫu tự đánh giá cấp huyện, xã',
      'Dựa trên bộ chỉ số của các tỉnh cho cơ quan địa phương (ví dụ Kon Tum, QĐ 780/QĐ-UBND) và các báo cáo năm 2024',
    ]);
    expect(lines).toContain(
      'service-index-766: Điểm tối đa của các nhóm là chính thức; điểm và ngưỡng của từng chỉ số lấy từ các bản triển khai của bên thứ ba.',
    );
    expect(dti('frameworks').out).toBe(dti('frameworks', '--locale', 'vi').out);
  });

  it('English under --locale en', () => {
    const lines = dti('frameworks', '--locale', 'en').out.split('\n');
    expect(lines[0]?.split(/\s{2,}/)).toEqual(['Id', 'Status', 'Name', 'Source']);
    expect(lines[5]?.split(/\s{2,}/)).toEqual([
      'dti-province-2025',
      'no preset',
      'Provincial DTI (Decision 405/QĐ-BKHCN)',
      'Decision 405/QĐ-BKHCN of 3 April 2025',
    ]);
    expect(lines).toContain(
      'service-index-766: Group maxima are official; indicator points and thresholds come from third-party implementations.',
    );
  });
});

describe('the warnings a JSON score table carries are in both languages', () => {
  const dir = scratch();
  const framework = join(dir, 'hai.json');
  writeFileSync(
    framework,
    JSON.stringify(
      fixtureFramework({
        precision: 1,
        missing: { type: 'zero' },
        children: ['a', 'b'].map((id) => indicator(id, { method: goalposts(0, 100) })),
      }),
    ),
  );
  // No unit gives b: one warning, which the core wrote in English only (no messageVi) before.
  const data = join(dir, 'thieu-b.csv');
  writeFileSync(data, 'id,name,a\nx,Xã X,80\n');

  it('each warning has its Vietnamese sentence beside the English one, under vi and under en', () => {
    for (const locale of ['vi', 'en']) {
      const r = dti('score', data, '-f', framework, '--format', 'json', '--locale', locale);
      expect(r.code).toBe(0);
      const { warnings } = JSON.parse(r.out) as { warnings: { message: string; messageVi?: string }[] };
      expect(warnings.map((w) => [w.messageVi, w.message])).toEqual([
        [
          'tệp không có cột cho chỉ số "b" (b) — mọi đơn vị được tính 0 điểm ở chỉ số này (bộ chỉ số tính giá trị thiếu là 0 điểm)',
          'the file has no column for indicator "b" (b) — every unit scores 0 on it (the framework counts a missing value as 0 points)',
        ],
      ]);
    }
  });
});
