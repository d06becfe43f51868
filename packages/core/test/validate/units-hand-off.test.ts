import { describe, expect, it } from 'vitest';
import { compile } from '../../src/plan/compile.js';
import { UnitIndex as ReaderIndex } from '../../src/sheets/unit-index.js';
import { readDataset } from '../../src/sheets.js';
import { prepareColumnar } from '../../src/validate/columnar.js';
import { flatFramework, indicator } from '../helpers.js';

const framework = flatFramework([indicator('a', { unit: '%', label: { vi: 'Tỷ lệ A' } })]);
const plan = compile(framework);

/** The reader's table of `ids`, as the sheet reader hands it over. */
function tableOf(ids: readonly string[]) {
  const index = new ReaderIndex();
  for (const id of ids) index.add(id);
  return index.table;
}

/** What validation says, as text: each issue's code, detail, path and unit. */
const said = (r: ReturnType<typeof prepareColumnar>) =>
  (r.success ? r.warnings : r.issues).map((i) => `${i.severity} ${i.code} ${i.detail} ${i.path.join('.')} ${i.unit}`);

describe("validation of columns with the reader's index of their ids", () => {
  // A zero-width space in an id, a Cyrillic Н in another, an Icelandic Ð in a name, two units of one name and parent.
  const input = {
    ids: ['HN', 'HN\u200b', 'Нa', 'x1', 'x2'],
    names: ['Hà Nội', 'Hà Nội 2', 'Xã Na', 'Ðông Anh', 'ĐÔNG ANH'],
    parents: ['Hà Nội', 'Hà Nội', 'Hà Nội', 'Hà Nội', 'Hà Nội'],
    columns: { a: Float64Array.of(70, 40, 50, 60, 0.5) },
  };

  it('says what it says without it, about every id and name', () => {
    const handed = prepareColumnar(plan, input, undefined, tableOf(input.ids));
    expect(said(handed)).toEqual(said(prepareColumnar(plan, input)));
    expect(said(handed)).toEqual([
      'error look-alike-unit format-character ids.1 HN\u200b',
      // A columnar dataset's name has no path of its own: its issues are at the unit's id.
      'warning look-alike-unit eth ids.3 x1',
      // "Ðông Anh" (Icelandic Ð) and "ĐÔNG ANH" read alike once folded, under one parent.
      'warning look-alike-unit same-name ids.4 x2',
      'warning look-alike-unit homoglyph ids.2 Нa',
    ]);
  });

  it('finds every unit by its id in the index it took over', () => {
    const ids = Array.from({ length: 3000 }, (_, u) => `xa-${u}`);
    const r = prepareColumnar(plan, { ids, columns: { a: new Float64Array(3000).fill(50) } }, undefined, tableOf(ids));
    expect(r.success && [r.data.unitIndex.get('xa-0'), r.data.unitIndex.get('xa-2999'), r.data.unitIndex.size]).toEqual(
      [0, 2999, 3000],
    );
    expect(r.success && r.data.unitIndex.get('xa-3000')).toBeUndefined();
  });

  it('reads the ids again when the table handed over is not theirs: a duplicate or a case twin is still refused', () => {
    const ids = ['a', 'b', 'a', 'B'];
    const columns = { a: Float64Array.of(1, 2, 3, 4) };
    for (const table of [tableOf(['a', 'b', 'c', 'd']), tableOf(['a', 'b']), tableOf(['b', 'a', 'c', 'd'])]) {
      const r = prepareColumnar(plan, { ids, columns }, undefined, table);
      expect(said(r)).toEqual(['error duplicate-unit undefined ids.2 a', 'error duplicate-unit case ids.3 B']);
    }
  });

  it('a CSV typed on a Mac (ids and names in NFD) is read as on Windows, its same names said with their cells', () => {
    const text = ['Mã;Tên;Tỷ lệ A', 'Huế;Phú Lộc;70', 'hue-2;Phú Lộc;60', 'x3;Xã Ba;50'].join('\n').normalize('NFD');
    const r = readDataset(new TextEncoder().encode(text), framework, { name: 'mac.csv' });
    expect(r.prepared?.ids).toEqual(['Huế', 'hue-2', 'x3']);
    expect(r.prepared?.unitIndex.get('Huế')).toBe(0);
    expect(r.issues.map((i) => [i.code, i.detail, i.cell?.column, i.cell?.row])).toEqual([
      ['look-alike-unit', 'same-name', 'B', 3],
    ]);
  });
});
