// The synthetic dataset of synthetic.ts laid out in columns, and as the bytes of an Arrow IPC file
// (what DuckDB or Polars would write): the same values, so `score()` on either is checked against
// the floor on the same numbers. Missing values are Arrow nulls (a validity bitmap), not NaN.
import { Float64, makeData, makeVector, Table, tableToIPC, Utf8, vectorFromArray } from 'apache-arrow';
import type { ColumnarDataset, Framework, FrameworkNode, Indicator } from '../dist/index.js';
import { seeded } from './synthetic.js';

/**
 * Columns drawn from the same seeded sequence as `syntheticRows` (unit by unit, indicator by
 * indicator), so both layouts hold the same values without ever building the rows.
 */
export function syntheticColumns(
  framework: Framework,
  units: number,
  missingShare: number,
  seed = 2025,
): ColumnarDataset & { columns: Record<string, Float64Array> } {
  const random = seeded(seed);
  const indicators: Indicator[] = [];
  const walk = (n: FrameworkNode) => (n.kind === 'indicator' ? indicators.push(n) : n.children.forEach(walk));
  walk(framework.root);
  const columns = indicators.map(() => new Float64Array(units));
  for (let u = 0; u < units; u++)
    indicators.forEach((ind, i) => {
      const column = columns[i] as Float64Array;
      if (random() < missingShare) column[u] = Number.NaN;
      else column[u] = ind.method.type === 'yesNo' ? (random() < 0.7 ? 1 : 0) : Math.round(random() * 1000) / 10;
    });
  return {
    period: '2024',
    ids: Array.from({ length: units }, (_, u) => `xa-${u + 1}`),
    names: Array.from({ length: units }, (_, u) => `Xã ${u + 1}`),
    parents: Array.from({ length: units }, (_, u) => `tinh-${(u % 34) + 1}`),
    columns: Object.fromEntries(indicators.map((ind, i) => [ind.id, columns[i] as Float64Array])),
  };
}

/** A column of doubles with `NaN` written as Arrow nulls: a validity bitmap, the slot left at 0. */
function nullable(column: Float64Array) {
  const n = column.length;
  const bitmap = new Uint8Array(((n + 63) & ~63) >> 3);
  const values = new Float64Array(n);
  let nulls = 0;
  for (let u = 0; u < n; u++) {
    const v = column[u] as number;
    if (Number.isNaN(v)) nulls++;
    else {
      values[u] = v;
      bitmap[u >> 3] = (bitmap[u >> 3] as number) | (1 << (u & 7));
    }
  }
  return makeVector(makeData({ type: new Float64(), length: n, nullCount: nulls, nullBitmap: bitmap, data: values }));
}

/** The bytes of an Arrow IPC file holding the dataset: text ids, names and provinces, nullable doubles. */
export function arrowBytes(data: ReturnType<typeof syntheticColumns>): Uint8Array {
  const table = new Table({
    ma_xa: vectorFromArray(data.ids, new Utf8()),
    ten_xa: vectorFromArray(data.names as string[], new Utf8()),
    ma_tinh: vectorFromArray(data.parents as string[], new Utf8()),
    ...Object.fromEntries(Object.entries(data.columns).map(([id, column]) => [id, nullable(column)])),
  });
  return tableToIPC(table, 'file');
}

/** Which Arrow columns hold the units, for `fromArrow`. */
export const arrowUnits = { id: 'ma_xa', name: 'ten_xa', parent: 'ma_tinh' } as const;
