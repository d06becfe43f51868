import type { CellLocation, PreparedDataset } from '@dti-kit/core';
import type { Locale } from './options.js';
import { printable } from './printable.js';

/** One value a unit did not report: a blank cell, a placeholder, or a formula over one of those. */
export interface MissingValue {
  unit: string;
  indicator: string;
  /** The cell it would be in (`v1.csv!C4`), when the indicator has a column in a spreadsheet. */
  cell?: string;
}

/** How many values the prepared data lacks, in how many units, and the indicators they belong to. */
export interface MissingCount {
  values: number;
  units: number;
  indicators: Set<string>;
}

/**
 * Counts the values the prepared data lacks (`NaN` in its column) column by column, keeping no record
 * per value: a file of 600,000 units with a column left out is counted in a few megabytes.
 *
 * @example countMissing(prepared) // → { values: 1, units: 1, indicators: Set { 'a' } } for v1.csv, whose C4 is blank
 */
export function countMissing(prepared: PreparedDataset): MissingCount {
  const unitLacks = new Uint8Array(prepared.ids.length);
  const indicators = new Set<string>();
  let values = 0;
  prepared.indicatorIds.forEach((indicator, i) => {
    const column = prepared.values[i];
    if (!column) return;
    const before = values;
    for (let u = 0; u < unitLacks.length; u++)
      if (Number.isNaN(column[u])) {
        values++;
        unitLacks[u] = 1;
      }
    if (values > before) indicators.add(indicator);
  });
  let units = 0;
  for (const lacks of unitLacks) units += lacks;
  return { values, units, indicators };
}

/**
 * Every value the prepared data lacks (`NaN` in its column), unit by unit in file order, each unit's
 * indicators in framework order, with the cell it would be in when `cellOf` knows it.
 *
 * @example missingValues(prepared, read.cellOf) // → [{ unit: 'C', indicator: 'a', cell: 'v1.csv!C4' }] for v1.csv, whose C4 is blank
 */
export function missingValues(
  prepared: PreparedDataset,
  cellOf?: (unit: number, key: string) => CellLocation | undefined,
): MissingValue[] {
  const found: MissingValue[] = [];
  prepared.ids.forEach((unit, u) => {
    prepared.indicatorIds.forEach((indicator, i) => {
      if (!Number.isNaN(prepared.values[i]?.[u])) return;
      const at = cellOf?.(u, indicator);
      found.push(at ? { unit, indicator, cell: `${at.sheet}!${at.column}${at.row}` } : { unit, indicator });
    });
  });
  return found;
}

/**
 * The `--verbose` listing of missing values, one line each, indented under the count, led by the cell
 * as issues are.
 *
 * @example missingValueLines([{ unit: 'C', indicator: 'a', cell: 'v1.csv!C4' }], 'en') // → ['  v1.csv!C4: unit "C", indicator "a"']
 */
export function missingValueLines(missing: readonly MissingValue[], locale: Locale): string[] {
  return missing.map((m) =>
    printable(
      `  ${m.cell ? `${m.cell}: ` : ''}${locale === 'vi' ? `đơn vị "${m.unit}", chỉ số "${m.indicator}"` : `unit "${m.unit}", indicator "${m.indicator}"`}`,
    ),
  );
}
