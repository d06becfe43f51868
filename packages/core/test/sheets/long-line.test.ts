import { describe, expect, it } from 'vitest';
import { DtiError, defineFramework, type Framework } from '../../src/index.js';
import { CsvRecordStream, readDataset } from '../../src/sheets.js';
import { group, percentIndicator, framework as testFramework } from '../helpers.js';

// A line of more than 1,048,576 characters is no spreadsheet row: refused as soon as it runs over,
// before the rest of it is held, so a file of one endless line costs a megabyte or two, not its size.
const framework: Framework = defineFramework(
  testFramework({
    id: 'mot-chi-so',
    label: 'Một chỉ số',
    root: group('root', [percentIndicator('ty-le', { label: 'Tỷ lệ hồ sơ trực tuyến' })], { label: 'Chỉ số' }),
  }),
);
const HEAD = 'Mã đơn vị;Tên đơn vị;Tỷ lệ hồ sơ trực tuyến (%)\r\nx1;Xã Một;50\r\nx2;Xã Hai;';
const EN =
  'xa.csv line 3: the row runs over 1,048,576 characters (1 MB) without a line break, longer than any spreadsheet row; the file is refused without reading the rest of the line: check that it is the CSV export of the sheet';
const VI =
  'xa.csv dòng 3: hàng dài quá 1.048.576 ký tự (1 MB) mà không xuống dòng, dài hơn mọi hàng của một bảng tính; tệp bị từ chối mà không đọc phần còn lại của dòng: hãy kiểm tra đây là tệp CSV xuất từ bảng tính';

describe('a CSV line longer than any row', () => {
  it('is refused by the stream within the chunk that takes it past the limit, naming its line', () => {
    const stream = new CsvRecordStream(() => {}, { name: 'xa.csv' });
    stream.push(HEAD);
    const chunk = '9'.repeat(64 * 1024);
    let pushed = 0;
    let refusal: unknown;
    // A hundred megabytes of one line, were it all pushed; the 16th chunk takes it past the limit (10 + 16 × 65,536 characters).
    try {
      for (; pushed < 1600; pushed++) stream.push(chunk);
    } catch (error) {
      refusal = error;
    }
    expect(pushed).toBe(15);
    expect(refusal).toBeInstanceOf(DtiError);
    expect((refusal as DtiError).code).toBe('limit-exceeded');
    expect((refusal as DtiError).message).toBe(EN);
    expect((refusal as DtiError).vi).toBe(VI);
  });

  it('is refused by readDataset given the whole text, in the middle of it too, in both languages', () => {
    const long = '9'.repeat(1 << 20);
    for (const text of [`${HEAD}${long}\r\n`, `${HEAD}${long}\r\nx3;Xã Ba;60\r\n`]) {
      const { prepared, issues } = readDataset(text, framework, { name: 'xa.csv' });
      expect(prepared).toBeUndefined();
      expect(issues).toEqual([{ severity: 'error', code: 'limit-exceeded', path: [], message: EN, messageVi: VI }]);
    }
  });

  it('of exactly 1,048,576 characters is still read: its cell is the unreadable one', () => {
    const cell = '9'.repeat((1 << 20) - 'x2;Xã Hai;'.length);
    const { issues } = readDataset(`${HEAD}${cell}\r\n`, framework, { name: 'xa.csv' });
    expect(issues.map((i) => [i.code, i.detail])).toEqual([['unreadable-cell', 'not-a-value']]);
  });
});
