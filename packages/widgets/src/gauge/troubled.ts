// What the gauge says when an input is off (a unit it cannot find, bands it cannot read, a unit a
// published table gives no value, "2.528" in a Vietnamese page), in the order it checks them: with the
// problem sentences (gauge-problems.ts), so a gauge whose inputs are all usable never downloads it.
import type { ScoreTable } from '@dti-kit/core';
import type { BandsCheck } from './bands.js';
import type { GAUGE_PROBLEMS } from './gauge-problems.js';

/** The gauge's sentences about its inputs, in one language. */
type Problems = (typeof GAUGE_PROBLEMS)[keyof typeof GAUGE_PROBLEMS];

/** What the gauge shows instead of a number: an error, or the empty ring with a sentence. */
export type Said = { ok: false; message: string } | { ok: 'no-value'; note?: string; instead?: string };

/** What {@link troubledModel} reads from the gauge. */
export interface Trouble {
  p: Problems;
  table: ScoreTable | undefined;
  unitId: string | undefined;
  unit: ScoreTable['units'][number] | undefined;
  bands: BandsCheck;
  /** The `value` text when it reads as thousands in Vietnamese ("2.528"), else empty. */
  thousands: string;
  /** The `bands` attribute as written (its JSON when set as a property). */
  bandsText: () => string;
  /** The error of a scale whose max is not above its min, if it is not. */
  range: () => Said | undefined;
  /** A console warning, once per distinct message; the message. */
  warn: (message: string) => string;
  /** The `for` attribute, which the gauge does not follow; null when absent. */
  linked: string | null;
  /** The number the gauge would show, if any. */
  value: number | null | undefined;
  /** The notes shown under a number: the `for` note joins them when there is a number. */
  notes: string[];
}

/**
 * What the gauge shows for the first of its troubles, in the order it checks them: no such unit, no
 * `unit-id`, a scale upside down, bands it cannot read, a published table's unit without a value
 * ("Không có trong số liệu công bố (hạng công bố 5/34)"), a value that may be thousands ("2.528"), a
 * `for` attribute it does not follow (a note instead of the number it lacks, or under the one it has);
 * `undefined` when none of them stops the number.
 *
 * @example troubledModel({ ...gauge, thousands: '2.528' }) // → { ok: 'no-value', note: 'Giá trị "2.528" không rõ: …' }
 */
export function troubledModel(c: Trouble): Said | undefined {
  const { p, table, unitId, unit } = c;
  if (table && unitId && !unit) return { ok: false, message: p.noUnit(unitId) };
  if (table && !unitId) return { ok: 'no-value', note: c.warn(p.noUnitId) };
  const range = c.range();
  if (range) return range;
  if (c.bands.error) {
    const why = c.bands.error === 'not-json' ? p.notJson : p.notBandList;
    return { ok: false, message: c.warn(p.invalidAttribute('bands', c.bandsText(), why)) };
  }
  // A published table's unit without a value was not reported as having none: not "Chưa có số liệu".
  if (table && unit?.value === null && table.source === 'published')
    return { ok: 'no-value', instead: p.notPublished(unit.rank, table.rankedAmong ?? table.units.length) };
  if (c.thousands) return { ok: 'no-value', note: c.warn(c.p.thousands(c.thousands)) };
  // `for` links the map, the trend, the scorecard and the weights to a league table, not the gauge
  // (following the selected unit would weigh on the page entry the gauge is in): said on the gauge
  // itself, for the editor who wrote it, rather than ignored.
  if (c.linked !== null) {
    const note = c.warn(p.forIgnored(c.linked));
    if (c.value === null || c.value === undefined) return { ok: 'no-value', note };
    c.notes.push(note);
  }
  return undefined;
}

/**
 * Warns about the attributes the gauge corrected: each colour of `bands` that is no CSS colour, and a
 * `precision` (as written, `shown`) brought into 0–6 (`digits`).
 *
 * @example warnCorrected(p, ['rouge'], undefined, 2, console.warn) // warns 'Thuộc tính bands="rouge" không hợp lệ: không phải một màu CSS.'
 */
export function warnCorrected(
  p: Problems,
  badColours: string[],
  shown: string | undefined,
  digits: number | undefined,
  warn: (message: string) => unknown,
): void {
  for (const colour of badColours) warn(p.invalidAttribute('bands', colour, p.notColour));
  if (shown !== undefined) warn(`${p.invalidAttribute('precision', shown, p.notDigits)} → ${digits ?? '—'}`);
}
