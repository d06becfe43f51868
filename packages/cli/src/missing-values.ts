import type { PreparedDataset } from '@dti-kit/core';
import type { Locale } from './options.js';
import { printable } from './printable.js';

/** One value a unit did not report: a blank cell, a placeholder, or a formula over one of those. */
export interface MissingValue {
  unit: string;
  indicator: string;
}

/**
 * Every value the prepared data lacks (`NaN` in its column), unit by unit in file order, each unit's
 * indicators in framework order.
 *
 * @example missingValues(prepared) // → [{ unit: 'C', indicator: 'a' }] for v1.csv, whose C4 is blank
 */
export function missingValues(prepared: PreparedDataset): MissingValue[] {
  const found: MissingValue[] = [];
  prepared.units.forEach((unit, u) => {
    prepared.indicatorIds.forEach((indicator, i) => {
      if (Number.isNaN(prepared.values[i]?.[u])) found.push({ unit: unit.id, indicator });
    });
  });
  return found;
}

/**
 * The `--verbose` listing of missing values, one line each, indented under the count.
 *
 * @example missingValueLines([{ unit: 'C', indicator: 'a' }], 'en') // → ['  unit "C", indicator "a"']
 */
export function missingValueLines(missing: readonly MissingValue[], locale: Locale): string[] {
  return missing.map((m) =>
    printable(
      locale === 'vi'
        ? `  đơn vị "${m.unit}", chỉ số "${m.indicator}"`
        : `  unit "${m.unit}", indicator "${m.indicator}"`,
    ),
  );
}
