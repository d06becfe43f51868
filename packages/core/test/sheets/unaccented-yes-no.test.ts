// Vietnamese typed without diacritics: "co"/"khong" in a yes/no column are yes and no, not errors.
import { describe, expect, it } from 'vitest';
import { defineFramework, score } from '../../src/index.js';
import { parseValue } from '../../src/sheets/parse-value.js';
import { readDataset } from '../../src/sheets.js';
import { csv, group, indicator, percentIndicator, framework as testFramework, valueIn } from '../helpers.js';

describe('yes/no words typed without diacritics', () => {
  it.each([
    ['co', true],
    ['Co', true],
    ['CO', true],
    ['dat', true],
    ['da co', true],
    ['Da trien khai', true],
    ['hoan thanh', true],
    ['khong', false],
    ['KHONG', false],
    ['Khong dat', false],
    ['chua', false],
    ['chua co', false],
    ['chua trien khai', false],
  ])('"%s" is %s', (text, value) => {
    expect(parseValue(text)).toEqual({ kind: 'boolean', value });
  });

  it('reads only the listed words so: "cố", "cỏ" stay unread, "chua co so lieu" is no "chua co"', () => {
    expect(parseValue('cố').kind).toBe('error');
    expect(parseValue('cỏ').kind).toBe('error');
    expect(parseValue('chua co so lieu').kind).toBe('error');
  });

  it('scores "co" as yes and "KHONG" as no: 50 + 25 points and 0 + 35 points of 100', () => {
    const fw = defineFramework(
      testFramework({
        id: 'yn',
        label: 'YN',
        root: group(
          'root',
          [
            indicator('cong', { label: 'Có cổng thông tin', method: { type: 'yesNo' }, points: 50 }),
            percentIndicator('ty-le', { label: 'Tỷ lệ hồ sơ trực tuyến', points: 50 }),
          ],
          { label: 'R', points: 100 },
        ),
      }),
    );
    const r = readDataset(csv('Mã;Tên;Có cổng thông tin;Tỷ lệ hồ sơ trực tuyến\na;A;co;50\nb;B;KHONG;70\n'), fw);
    expect(r.issues).toEqual([]);
    expect([valueIn(r, 'a', 'cong'), valueIn(r, 'b', 'cong')]).toEqual([true, false]);
    const result = score(fw, r.prepared as never);
    // On the test framework's 0–1 scale: a, yes (50 of 50 points) + 50% of 50 = 75 of 100 → 0.75;
    // b, no (0) + 70% of 50 = 35 of 100 → 0.35.
    expect(result.units.map((u) => [u.id, u.score])).toEqual([
      ['a', 0.75],
      ['b', 0.35],
    ]);
  });
});
