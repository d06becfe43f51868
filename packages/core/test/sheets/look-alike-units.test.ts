import { describe, expect, it } from 'vitest';
import { defineFramework, formatIssue, validateDataset } from '../../src/index.js';
import { readDataset, writeXlsx } from '../../src/sheets.js';
import { group, percentIndicator, framework as testFramework } from '../helpers.js';

const framework = defineFramework(
  testFramework({ id: 'ids', label: 'T', root: group('root', [percentIndicator('a', { label: 'Tỷ lệ A' })]) }),
);
const csv = (text: string) => new TextEncoder().encode(text);
const vi = (issue: unknown) => formatIssue(issue as never, 'vi');
const ZWSP = '\u200b';

describe('look-alike unit ids and names in one file', () => {
  it('a zero-width space in an id is an error naming the cell and U+200B, in vi and en', () => {
    const r = readDataset(csv(`Mã;Tên;Tỷ lệ A\nHN;Hà Nội;70\nHN${ZWSP};Hà Nội 2;40\n`), framework);
    expect(r.prepared).toBeUndefined();
    expect(r.issues.map((i) => [i.severity, i.code, i.detail, i.message, vi(i)])).toEqual([
      [
        'error',
        'look-alike-unit',
        'format-character',
        'csv!A3 (column "Mã"): unit "HN<U+200B>": its id "HN<U+200B>" holds U+200B, a character that shows as nothing, so it looks like another id or name and is not; delete it',
        'csv!A3 (cột "Mã"): đơn vị "HN<U+200B>": mã "HN<U+200B>" chứa ký tự U+200B, ký tự không hiển thị, nên trông giống một mã hay tên khác mà không phải; hãy xoá ký tự đó',
      ],
    ]);
  });

  it('so are U+200C, U+200D, U+2060 and U+FEFF inside an id or a name of a JSON dataset', () => {
    const units = ['\u200c', '\u200d', '\u2060', '\ufeff'].map((c, k) => ({
      id: `u${k}`,
      name: `Xã${c}${k}`,
      values: { a: 50 },
    }));
    const r = validateDataset(framework, { units: [...units, { id: `Ha${'\u2060'}Noi`, values: { a: 1 } }] });
    expect(r.success ? [] : r.issues.map((i) => [i.unit, i.path, i.value])).toEqual([
      // A name's issue was at the id's path; it is at the name's now, so that a sheet names the name's cell.
      ['u0', ['units', 0, 'name'], 'Xã<U+200C>0'],
      ['u1', ['units', 1, 'name'], 'Xã<U+200D>1'],
      ['u2', ['units', 2, 'name'], 'Xã<U+2060>2'],
      ['u3', ['units', 3, 'name'], 'Xã<U+FEFF>3'],
      ['Ha\u2060Noi', ['units', 4, 'id'], 'Ha<U+2060>Noi'],
    ]);
  });

  it('a bidirectional control in a name is left to the outputs, which show it as �; in an id it is an error', () => {
    const r = validateDataset(framework, { units: [{ id: 'x', name: 'Xã \u202eMột', values: { a: 50 } }] });
    expect(r.success && r.warnings).toEqual([]);
    const id = validateDataset(framework, { units: [{ id: 'x\u202e', values: { a: 50 } }] });
    expect(id.success ? [] : id.issues.map((i) => i.value)).toEqual(['x<U+202E>']);
  });

  it('a fullwidth id is the plain one read with NFKC: two units under them are refused, naming both cells', () => {
    const r = readDataset(csv('Mã;Tỷ lệ A\nｈａｎｏｉ;50\nhanoi;60\n'), framework, { name: 'd.csv' });
    expect(r.prepared).toBeUndefined();
    expect(r.issues.map((i) => [i.code, i.detail, i.message, vi(i)])).toEqual([
      [
        'duplicate-unit',
        'width',
        'd.csv!A3 (column "Mã"): unit ids "ｈａｎｏｉ" (d.csv!A2) and "hanoi" (d.csv!A3) are the same id once fullwidth or other compatibility characters are read as plain ones (Unicode NFKC): one unit written twice, or two units no reader can tell apart; write the id in plain characters, or give one unit another id',
        'd.csv!A3 (cột "Mã"): mã đơn vị "ｈａｎｏｉ" (d.csv!A2) và "hanoi" (d.csv!A3) là cùng một mã khi đọc chữ toàn độ rộng (fullwidth) và các ký tự tương thích khác như ký tự thông thường (Unicode NFKC): một đơn vị được nhập hai lần, hay hai đơn vị không thể phân biệt; hãy viết mã bằng ký tự thông thường, hoặc đặt cho một đơn vị mã khác',
      ],
    ]);
  });

  it('in a workbook, each unit check names its sheet, column letter and row, and the column header', () => {
    const bytes = writeXlsx([
      {
        name: 'Số liệu',
        rows: [
          ['Tiêu đề'],
          ['Mã', 'Tên', 'Cấp trên', 'Tỷ lệ A'],
          ['x1', 'Xã Sơn Bình', 'hn', 50],
          [`x2${ZWSP}`, 'Xã Hai', 'hn', 60],
          ['x3', 'XÃ SƠN BÌNH', 'hn', 70],
          ['X1', 'Xã Bốn', 'hn', 80],
        ],
      },
    ]);
    const r = readDataset(bytes, framework);
    // The title row above the header is now said not to be read (a note at its cell, A1), before the twin.
    expect(r.issues.map((i) => [i.detail, `${i.cell?.sheet}!${i.cell?.column}${i.cell?.row}`, i.cell?.header])).toEqual(
      [
        ['rows-above-header', 'Số liệu!A1', undefined],
        ['case', 'Số liệu!A6', 'Mã'],
      ],
    );
    expect(r.issues[1]?.message).toBe(
      'Số liệu!A6 (column "Mã"): unit ids "x1" (Số liệu!A3) and "X1" (Số liệu!A6) differ only in case: one unit written twice, or two units no reader can tell apart; write the id alike in both, or give one unit another id',
    );
    // Without the twin, validation runs: the invisible character and the name written twice are at their cells.
    const rest = readDataset(
      writeXlsx([
        {
          name: 'Số liệu',
          rows: [
            ['Mã', 'Tên', 'Cấp trên', 'Tỷ lệ A'],
            ...[
              ['x1', 'Xã Sơn Bình', 'hn', 50],
              [`x2${ZWSP}`, 'Xã Hai', 'hn', 60],
              ['x3', 'XÃ SƠN BÌNH', 'hn', 70],
            ],
          ],
        },
      ]),
      framework,
    );
    expect(rest.issues.map((i) => [i.detail, `${i.cell?.sheet}!${i.cell?.column}${i.cell?.row}`])).toEqual([
      ['format-character', 'Số liệu!A3'],
      ['same-name', 'Số liệu!B4'],
    ]);
    expect(rest.issues.map((i) => vi(i))).toEqual([
      'Số liệu!A3 (cột "Mã"): đơn vị "x2<U+200B>": mã "x2<U+200B>" chứa ký tự U+200B, ký tự không hiển thị, nên trông giống một mã hay tên khác mà không phải; hãy xoá ký tự đó',
      'Số liệu!B4 (cột "Tên"): đơn vị "x1" ("Xã Sơn Bình") và "x3" ("XÃ SƠN BÌNH") trùng tên và cùng đơn vị cấp trên "hn" nhưng khác mã: một đơn vị được nhập hai lần, hay hai đơn vị người đọc bảng không thể phân biệt; hãy giữ một dòng, hoặc đặt tên khác nhau; đơn vị đầu tiên ở Số liệu!B2',
    ]);
  });

  it('a Cyrillic Н (U+041D) in "НN" beside "HN": a warning naming both cells and the code point', () => {
    const r = readDataset(csv('Mã;Tên;Tỷ lệ A\nHN;Hà Nội;50\nHP;Hải Phòng;60\n\u041dN;Hà Nội mới;70\n'), framework, {
      name: 'd.csv',
    });
    expect(r.prepared?.units.map((u) => u.id)).toEqual(['HN', 'HP', '\u041dN']);
    expect(r.issues.map((i) => [i.severity, i.detail, `${i.cell?.column}${i.cell?.row}`, i.message, vi(i)])).toEqual([
      [
        'warning',
        'homoglyph',
        'A4',
        'd.csv!A4 (column "Mã"): unit id "\u041dN" has \u041d U+041D (Cyrillic) among Latin letters: it looks like "HN", another unit\'s id, and is not; write it in Latin letters; the other unit is at d.csv!A2',
        'd.csv!A4 (cột "Mã"): mã đơn vị "\u041dN" có chữ \u041d U+041D (Kirin) lẫn trong chữ Latin: mã này trông giống "HN", mã của một đơn vị khác, mà không phải; hãy viết mã bằng chữ Latin; đơn vị kia ở d.csv!A2',
      ],
    ]);
  });

  it('a Greek Α (U+0391) in an id with no Latin twin: a warning that it matches no other file', () => {
    const r = validateDataset(framework, {
      units: [
        { id: '\u0391B', values: { a: 50 } },
        { id: 'AC', values: { a: 60 } },
      ],
    });
    expect(r.success && r.warnings.map((i) => [i.detail, i.path, i.message])).toEqual([
      [
        'homoglyph',
        ['units', 0, 'id'],
        'unit id "\u0391B" has \u0391 U+0391 (Greek) among Latin letters: it matches no other file\'s id written in Latin letters; write it in Latin letters',
      ],
    ]);
    // An id wholly in another script is no look-alike: it is written as meant.
    const own = validateDataset(framework, { units: [{ id: '\u041c\u041e', values: { a: 50 } }] });
    expect(own.success && own.warnings).toEqual([]);
  });

  it('ids wholly in Cyrillic ("НМ") or Greek ("ΗΝ") beside their Latin twins: a warning each, naming both cells', () => {
    const r = readDataset(
      csv('Mã;Tên;Tỷ lệ A\nHN;Hà Nội;50\n\u041d\u041c;Hà Nam;60\nHM;Hóc Môn;55\n\u0397\u039d;Hà Nội 2;80\n'),
      framework,
      { name: 'd.csv' },
    );
    // Both units stay ranked: the ids differ, and the warning says which cell to retype.
    expect(r.prepared?.units.map((u) => u.id)).toEqual(['HN', '\u041d\u041c', 'HM', '\u0397\u039d']);
    expect(r.issues.map((i) => [i.severity, i.detail, i.message, vi(i)])).toEqual([
      [
        'warning',
        'homoglyph',
        'd.csv!A3 (column "Mã"): unit id "\u041d\u041c" has \u041d U+041D (Cyrillic), \u041c U+041C (Cyrillic) and no Latin letter: it looks like "HM", another unit\'s id, and is not; write it in Latin letters; the other unit is at d.csv!A4',
        'd.csv!A3 (cột "Mã"): mã đơn vị "\u041d\u041c" có chữ \u041d U+041D (Kirin), \u041c U+041C (Kirin) và không có chữ Latin nào: mã này trông giống "HM", mã của một đơn vị khác, mà không phải; hãy viết mã bằng chữ Latin; đơn vị kia ở d.csv!A4',
      ],
      [
        'warning',
        'homoglyph',
        'd.csv!A5 (column "Mã"): unit id "\u0397\u039d" has \u0397 U+0397 (Greek), \u039d U+039D (Greek) and no Latin letter: it looks like "HN", another unit\'s id, and is not; write it in Latin letters; the other unit is at d.csv!A2',
        'd.csv!A5 (cột "Mã"): mã đơn vị "\u0397\u039d" có chữ \u0397 U+0397 (Hy Lạp), \u039d U+039D (Hy Lạp) và không có chữ Latin nào: mã này trông giống "HN", mã của một đơn vị khác, mà không phải; hãy viết mã bằng chữ Latin; đơn vị kia ở d.csv!A2',
      ],
    ]);
  });

  it('"Xã Α Β" in Greek letters and "Xã A B" under one parent are one name: the same-name warning', () => {
    const r = readDataset(csv('Mã;Tên;Cấp trên;Tỷ lệ A\nx1;Xã A B;hn;50\nx2;Xã \u0391 \u0392;hn;60\n'), framework, {
      name: 'd.csv',
    });
    expect(r.issues.map((i) => [i.severity, i.detail, i.message])).toEqual([
      [
        'warning',
        'same-name',
        'd.csv!B3 (column "Tên"): units "x1" ("Xã A B") and "x2" ("Xã \u0391 \u0392") have the same name and the same parent "hn" under two ids: one unit entered twice, or two units no reader of the table can tell apart; keep one row, or tell the names apart; the first is at d.csv!B2',
      ],
    ]);
  });

  it('a fullwidth id alone keeps its writing, and so it still matches other files', () => {
    const r = validateDataset(framework, { units: [{ id: 'ＨＮ', values: { a: 50 } }] });
    expect(r.success && r.data.units.map((u) => u.id)).toEqual(['ＨＮ']);
  });

  it('Ð (U+00D0) in an id and a name warns that Vietnamese writes Đ, and two units named alike are named', () => {
    const r = readDataset(csv('Mã;Tên;Tỷ lệ A\nĐN;Đà Nẵng;50\nÐN;Ðà Nẵng;60\n'), framework);
    expect(r.prepared?.units.map((u) => u.id)).toEqual(['ĐN', 'ÐN']);
    expect(r.issues.map((i) => [i.severity, i.detail, i.message, vi(i)])).toEqual([
      [
        'warning',
        'eth',
        'csv!A3 (column "Mã"): unit "ÐN": its id "ÐN" holds Ð (U+00D0, Icelandic Eth), not the Vietnamese Đ (U+0110); it looks alike but matches no other file; write Đ (U+0110)',
        'csv!A3 (cột "Mã"): đơn vị "ÐN": mã "ÐN" chứa Ð (U+00D0, chữ Eth của tiếng Iceland), không phải Đ (U+0110) của tiếng Việt; hai chữ trông giống nhau nhưng không khớp với tệp khác; hãy viết Đ (U+0110)',
      ],
      [
        'warning',
        'eth',
        'csv!B3 (column "Tên"): unit "ÐN": its name "Ðà Nẵng" holds Ð (U+00D0, Icelandic Eth), not the Vietnamese Đ (U+0110); it looks alike but matches no other file; write Đ (U+0110)',
        'csv!B3 (cột "Tên"): đơn vị "ÐN": tên "Ðà Nẵng" chứa Ð (U+00D0, chữ Eth của tiếng Iceland), không phải Đ (U+0110) của tiếng Việt; hai chữ trông giống nhau nhưng không khớp với tệp khác; hãy viết Đ (U+0110)',
      ],
      [
        'warning',
        'same-name',
        'csv!B3 (column "Tên"): units "ĐN" ("Đà Nẵng") and "ÐN" ("Ðà Nẵng") have the same name under two ids: one unit entered twice, or two units no reader of the table can tell apart; keep one row, or tell the names apart; the first is at csv!B2',
        'csv!B3 (cột "Tên"): đơn vị "ĐN" ("Đà Nẵng") và "ÐN" ("Ðà Nẵng") trùng tên nhưng khác mã: một đơn vị được nhập hai lần, hay hai đơn vị người đọc bảng không thể phân biệt; hãy giữ một dòng, hoặc đặt tên khác nhau; đơn vị đầu tiên ở csv!B2',
      ],
    ]);
  });

  it('ð (U+00F0) warns that Vietnamese writes đ (U+0111)', () => {
    const r = validateDataset(framework, { units: [{ id: 'x', name: 'Xã Ðông ðình', values: { a: 50 } }] });
    expect(r.success && r.warnings.map((i) => i.message)).toEqual([
      'unit "x": its name "Xã Ðông ðình" holds Ð (U+00D0, Icelandic Eth), not the Vietnamese Đ (U+0110); it looks alike but matches no other file; write Đ (U+0110)',
    ]);
    const lower = validateDataset(framework, { units: [{ id: 'x', name: 'Xã ðình', values: { a: 50 } }] });
    expect(lower.success && lower.warnings.map((i) => i.message)).toEqual([
      'unit "x": its name "Xã ðình" holds ð (U+00F0, Icelandic Eth), not the Vietnamese đ (U+0111); it looks alike but matches no other file; write đ (U+0111)',
    ]);
  });

  it('two units of one name and one parent warn, naming both ids; one name under two parents does not', () => {
    const r = validateDataset(framework, {
      units: [
        { id: 'x1', name: 'Xã Sơn Bình', parent: 'ha-noi', values: { a: 50 } },
        { id: 'x2', name: 'Xã Sơn Bình', parent: 'quang-ninh', values: { a: 60 } },
        { id: 'x3', name: 'XÃ SƠN BÌNH', parent: 'ha-noi', values: { a: 70 } },
      ],
    });
    expect(r.success && r.warnings.map((i) => [i.unit, i.path, i.message])).toEqual([
      [
        'x3',
        // At the name's path (was the id's): the name is what the two share.
        ['units', 2, 'name'],
        'units "x1" ("Xã Sơn Bình") and "x3" ("XÃ SƠN BÌNH") have the same name and the same parent "ha-noi" under two ids: one unit entered twice, or two units no reader of the table can tell apart; keep one row, or tell the names apart',
      ],
    ]);
  });

  it('names (and parents) that differ only by a run of spaces or a tab are one name: the same-name warning', () => {
    // A reader sees "Xã  Một" (two spaces) as "Xã Một", as the table's twin names read them.
    const r = validateDataset(framework, {
      units: [
        { id: 'x1', name: 'Xã  Một', parent: 'Hà  Nội', values: { a: 50 } },
        { id: 'x2', name: 'Xã Một', parent: 'Hà Nội', values: { a: 60 } },
        { id: 'x3', name: 'Xã\tHai', values: { a: 60 } },
        { id: 'x4', name: 'Xã Hai', values: { a: 60 } },
        // One name under two parents: communes of one name in two provinces are common.
        { id: 'x5', name: 'Xã   Ba', parent: 'Huế', values: { a: 60 } },
        { id: 'x6', name: 'Xã Ba', parent: 'Hà Nội', values: { a: 60 } },
      ],
    });
    expect(r.success && r.warnings.map((i) => [i.unit, i.path, i.message, vi(i)])).toEqual([
      [
        'x2',
        ['units', 1, 'name'],
        'units "x1" ("Xã  Một") and "x2" ("Xã Một") have the same name and the same parent "Hà Nội" under two ids: one unit entered twice, or two units no reader of the table can tell apart; keep one row, or tell the names apart',
        'đơn vị "x1" ("Xã  Một") và "x2" ("Xã Một") trùng tên và cùng đơn vị cấp trên "Hà Nội" nhưng khác mã: một đơn vị được nhập hai lần, hay hai đơn vị người đọc bảng không thể phân biệt; hãy giữ một dòng, hoặc đặt tên khác nhau',
      ],
      [
        'x4',
        ['units', 3, 'name'],
        'units "x3" ("Xã\tHai") and "x4" ("Xã Hai") have the same name under two ids: one unit entered twice, or two units no reader of the table can tell apart; keep one row, or tell the names apart',
        'đơn vị "x3" ("Xã\tHai") và "x4" ("Xã Hai") trùng tên nhưng khác mã: một đơn vị được nhập hai lần, hay hai đơn vị người đọc bảng không thể phân biệt; hãy giữ một dòng, hoặc đặt tên khác nhau',
      ],
    ]);
  });

  // The 3,321 communes of examples/data, 2,872 of them sharing a name with a commune of another province,
  // raise no look-alike warning: test/examples.test.ts holds their issue codes to bound-value and missing-column.
});
