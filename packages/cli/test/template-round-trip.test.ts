import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Framework, type FrameworkNode, type Indicator, presetIds, type ScoreTable } from '@dti-kit/core';
import { type Cell, readDataset, readXlsx, type SheetToWrite, writeXlsx } from '@dti-kit/core/sheets';
import { describe, expect, it } from 'vitest';
import { loadFramework } from '../src/inputs.js';
import { dti, scratch } from './dti.js';

// The promise of `dti init`: the template it writes, filled in, scores with every indicator read.
// Each preset, as CSV and as XLSX: init → fill every column → score → no column unmatched or
// missing, every indicator scored for every unit, and the values read are the values filled.

const dir = scratch();

function indicatorsOf(node: FrameworkNode): Indicator[] {
  return node.kind === 'indicator' ? [node] : node.children.flatMap(indicatorsOf);
}

/**
 * What to type in column `k` (0-based among the value columns) for unit `u`: distinct per column and
 * unit, so a value landing in the wrong column shows; inside the indicator's range (0–1, %, yes/no).
 */
function fill(framework: Framework, id: string, k: number, u: number): { text: string; value: number } {
  const indicator = indicatorsOf(framework.root).find((i) => i.id === id);
  if (indicator?.method.type === 'yesNo') return u === 0 ? { text: 'có', value: 1 } : { text: 'không', value: 0 };
  if (indicator?.unit === '0–1') {
    const value = (10 + k + 30 * u) / 100;
    return { text: String(value).replace('.', ','), value };
  }
  // Percentages and counts 40–99; a ratio's denominator 200 and more, so no share is above 100 %.
  const denominator = indicatorsOf(framework.root).some(
    (i) => i.formula?.type === 'ratio' && i.formula.denominator === id,
  );
  const value = (denominator ? 200 : 40) + k + 30 * u;
  return { text: String(value), value };
}

/** The value columns of a template's header row: header text → the id the framework gives it. */
function columnIds(framework: Framework, header: readonly Cell[]): (string | undefined)[] {
  const byHeader = new Map<string, string>();
  for (const i of indicatorsOf(framework.root))
    if (!i.formula) byHeader.set(i.unit ? `${i.label.vi} (${i.unit})` : i.label.vi, i.id);
  for (const f of framework.fields ?? []) byHeader.set(f.unit ? `${f.label.vi} (${f.unit})` : f.label.vi, f.id);
  return header.map((h) => (typeof h === 'string' ? byHeader.get(h) : undefined));
}

const units = [
  { id: 'xa-mot', name: 'Xã Một' },
  { id: 'xa-hai', name: 'Xã Hai' },
];

/** Data rows for the header: STT, Mã, Tên, Đơn vị cấp trên, then every value column filled. */
function filledRows(framework: Framework, header: readonly Cell[]) {
  const ids = columnIds(framework, header);
  const expected: Record<string, number>[] = units.map(() => ({}));
  const rows = units.map((unit, u) =>
    header.map((_, c): string | number | null => {
      if (c === 0) return u + 1;
      if (c === 1) return unit.id;
      if (c === 2) return unit.name;
      if (c === 3) return 'Tỉnh Thử';
      const id = ids[c];
      if (id === undefined) return null;
      const { text, value } = fill(framework, id, c - 4, u);
      (expected[u] as Record<string, number>)[id] = value;
      return text;
    }),
  );
  return { ids, rows, expected };
}

function expectScoresEverything(framework: Framework, file: string, expected: Record<string, number>[]) {
  const r = dti('score', file, '-f', framework.id, '--format', 'json', '--indicators');
  // No "không khớp … cột bị bỏ qua", no "không có cột cho …", no "thiếu các chỉ số": not a word.
  expect(r.err).toEqual([]);
  expect(r.code).toBe(0);
  const table = JSON.parse(r.out) as ScoreTable;
  expect(table.units.map((u) => u.id)).toEqual(units.map((u) => u.id));
  for (const unit of table.units) {
    expect(unit.coverage).toBe(1);
    for (const indicator of indicatorsOf(framework.root))
      expect(unit.nodes[indicator.id]?.value, `${unit.id} ${indicator.id}`).toEqual(expect.any(Number));
  }
  // Every column read into the indicator or field it was written for, as filled.
  const read = readDataset(new Uint8Array(readFileSync(file)), framework, { name: file });
  expect(read.dataset.units.map((u) => u.values)).toEqual(expected);
}

describe.each([...presetIds])('the template of %s reads back', (preset) => {
  const framework = loadFramework(preset);

  it('as CSV: every column matched, every indicator scored, values as filled', () => {
    const template = join(dir, `${preset}.csv`);
    expect(dti('init', preset, '--out', template).code).toBe(0);
    const text = readFileSync(template, 'utf8');
    const header = text
      .replace(/^\uFEFF/u, '')
      .trimEnd()
      .split(';');
    const { ids, rows, expected } = filledRows(framework, header);
    // Every value column of the template is an indicator or field of the preset, and each once.
    const valueIds = ids.slice(4);
    expect(valueIds.every((id) => id !== undefined)).toBe(true);
    expect(new Set(valueIds).size).toBe(valueIds.length);
    const filled = join(dir, `${preset}-filled.csv`);
    writeFileSync(filled, `${text.trimEnd()}\n${rows.map((r) => r.join(';')).join('\n')}\n`);
    expectScoresEverything(framework, filled, expected);
  });

  it('as XLSX (group row, merged headings, guide sheet): the same', () => {
    const template = join(dir, `${preset}.xlsx`);
    expect(dti('init', preset, '--out', template).code).toBe(0);
    const [data, ...others] = readXlsx(new Uint8Array(readFileSync(template)));
    if (!data) throw new Error('the template has no sheet');
    const [read = [], header = []] = data.rows;
    const { rows, expected } = filledRows(framework, header);
    // Written back as a person saving the template would: the same sheets, merges, header rows, and a
    // merged range's value in its top-left cell only, as Excel saves it (the reader repeats it across).
    const merges = data.merges ?? [];
    const groups = read.map((g, c) => (merges.some((m) => m.top === 0 && c > m.left && c <= m.right) ? null : g));
    const sheets: SheetToWrite[] = [
      { name: data.name, rows: [groups, header, ...rows], merges, headerRows: 2 },
      ...others.map((s) => ({ name: s.name, rows: s.rows })),
    ];
    const filled = join(dir, `${preset}-filled.xlsx`);
    writeFileSync(filled, writeXlsx(sheets));
    expectScoresEverything(framework, filled, expected);
  });
});

describe('the untouched template', () => {
  it.each([...presetIds])('of %s validates without a warning about its own merged group headings', (preset) => {
    const template = join(dir, `${preset}-untouched.xlsx`);
    expect(dti('init', preset, '--out', template).code).toBe(0);
    // No unit yet, and not a word about the file's layout: the template is as the reader wants it. That
    // it holds no unit is said (it was "✓ 0 đơn vị, hợp lệ" alone), so an empty table is not taken for a result.
    const vi = dti('validate', template, '-f', preset);
    expect(vi.err).toEqual([
      '! số liệu không có đơn vị nào: không có gì được chấm điểm hay xếp hạng',
      '0 lỗi, 1 cảnh báo',
    ]);
    expect(vi.code).toBe(0);
    expect(vi.out).toBe(`! ${template}: 0 đơn vị, hợp lệ với bộ chỉ số ${preset}, có 1 cảnh báo\n`);
    const en = dti('validate', template, '-f', preset, '--locale', 'en');
    expect(en.err).toEqual(['! the data has no unit: nothing is scored or ranked', '0 error(s), 1 warning(s)']);
    expect(en.out).toBe(`! ${template}: 0 unit(s), valid for ${preset}, with 1 warning(s)\n`);
  });

  it('keeps the group headings merged, each written once, over the columns of its group', () => {
    const template = join(dir, 'self-assessment-template-groups.xlsx');
    expect(dti('init', 'self-assessment-template', '--out', template).code).toBe(0);
    const [data] = readXlsx(new Uint8Array(readFileSync(template)));
    // E1:M1 is the first group's nine indicators; the reader repeats its heading over the range.
    expect(data?.merges?.[0]).toEqual({ top: 0, left: 4, bottom: 0, right: 12 });
    expect(new Set(data?.rows[0]?.slice(4, 13)).size).toBe(1);
  });
});
