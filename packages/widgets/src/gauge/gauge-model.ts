import { intlLocale } from '@dti-kit/core/present';
import { type Locale, numberFormat } from '../shared/locale.js';
import { GAUGE_STRINGS as STRINGS } from './gauge-strings.js';

/** A named band of the gauge's scale, e.g. a framework tier. */
export interface Band {
  /** Lowest value (inclusive) in the band. */
  min: number;
  label?: string;
  color?: string;
}

/** What the gauge shows, worked out from its properties; computed without a DOM and tested in Node. */
export interface GaugeModel {
  ok: true;
  /** Share of the range filled, 0–1 (the value clamped to min–max). */
  share: number;
  /** The value lies outside min–max: the number is shown as it is, the arc stops at the end of the scale. */
  outOfRange: boolean;
  /** "ngoài thang 0–100" when out of range, else null. */
  rangeHint: string | null;
  /** The value clamped to min–max, for `aria-valuenow` (which must lie in the range). */
  clamped: number;
  targetShare: number | null;
  previousShare: number | null;
  text: string;
  change: { text: string; direction: 'up' | 'down' | 'same' } | null;
  band: Band | null;
  /** Bands as share ranges of the scale, for drawing. */
  bandRanges: { from: number; to: number; band: Band }[];
  /** The spoken value: "69,6 trên 100, mức Khá". */
  valueText: string;
}

/** The gauge cannot draw: a message for the error state. */
export interface GaugeError {
  ok: false;
  message: string;
}

/**
 * Decimals a gauge can show (0–6: more do not fit the ring, and only show float noise): a whole number
 * in range is kept, anything else is brought into range, and `adjusted` says so (the element then
 * warns, naming the attribute).
 *
 * @example clampPrecision(-3) // → { digits: 0, adjusted: true }
 */
export function clampPrecision(precision: number | undefined): { digits: number | undefined; adjusted: boolean } {
  if (precision === undefined) return { digits: undefined, adjusted: false };
  if (Number.isNaN(precision)) return { digits: undefined, adjusted: true };
  const digits = Math.min(6, Math.max(0, Math.round(precision)));
  return { digits, adjusted: digits !== precision };
}

/** Inputs of {@link gaugeModel}. */
export interface GaugeInput {
  value: number | null | undefined;
  min: number;
  max: number;
  bands: readonly Band[];
  target?: number | null | undefined;
  previous?: number | null | undefined;
  unit?: string | undefined;
  precision?: number | undefined;
  locale: Locale;
}

/**
 * The band a value falls in: the band with the highest `min` not above it, as core's `tierOf` reads tiers.
 *
 * @example bandOf([{ min: 0, label: 'Yếu' }, { min: 65, label: 'Khá' }], 70) // → the Khá band
 */
export function bandOf(bands: readonly Band[], value: number): Band | null {
  // The rule of core's tierOf, written out: importing it costs the npm gauge bundle more than these lines.
  let best: Band | null = null;
  for (const band of bands) if (band.min <= value && (best === null || band.min > best.min)) best = band;
  return best;
}

/** The change since the previous value, signed, rounded to the digits shown; `null` without a previous value. */
function changeSince(
  value: number,
  previous: number | null | undefined,
  precision: number | undefined,
  locale: GaugeInput['locale'],
): GaugeModel['change'] {
  if (previous === null || previous === undefined || !Number.isFinite(previous)) return null;
  // Rounded to the digits shown, so 69.6 − 69.5371 is "+0,06", never float noise.
  const diff = Number((value - previous).toFixed(precision ?? 2));
  const signed = new Intl.NumberFormat(intlLocale(locale), {
    minimumFractionDigits: precision ?? 0,
    maximumFractionDigits: precision ?? 2,
    signDisplay: 'exceptZero',
  });
  return { text: signed.format(diff), direction: diff > 0 ? 'up' : diff < 0 ? 'down' : 'same' };
}

/**
 * Works out everything the gauge draws and says from its inputs, or why it cannot.
 *
 * @example gaugeModel({ value: 69.6, min: 0, max: 100, bands: [{ min: 65, label: 'Khá' }], locale: 'vi' }).valueText
 * // → '69,6 trên 100, mức Khá'
 */
export function gaugeModel(input: GaugeInput): GaugeModel | GaugeError {
  const t = STRINGS[input.locale];
  const { min, max, value } = input;
  if (!Number.isFinite(min) || !Number.isFinite(max) || !(max > min))
    return { ok: false, message: t.invalidRange(String(min), String(max)) };
  if (value === null || value === undefined) return { ok: false, message: t.noValue };
  if (!Number.isFinite(value)) return { ok: false, message: t.invalidValue(String(value)) };
  const span = max - min;
  const clampShare = (x: number) => Math.min(1, Math.max(0, (x - min) / span));
  const fmt = numberFormat(input.locale, input.precision);
  const unit = input.unit ? (input.unit === '%' ? '%' : ` ${input.unit}`) : '';
  // Huge numbers in short form so they fit the ring; the spoken value keeps every digit.
  const big = Math.abs(value) >= 1e9;
  const short = new Intl.NumberFormat(intlLocale(input.locale), {
    notation: Math.abs(value) >= 1e15 ? 'engineering' : 'compact',
    maximumFractionDigits: 2,
  });
  const text = `${(big ? short : fmt).format(value)}${unit}`;
  const outOfRange = value < min || value > max;
  const rangeHint = outOfRange ? t.outOfScale(fmt.format(min), fmt.format(max)) : null;
  const sorted = [...input.bands].sort((a, b) => a.min - b.min);
  const bandRanges = sorted
    .map((band, k) => ({
      from: clampShare(band.min),
      to: clampShare((sorted[k + 1] as Band | undefined)?.min ?? max),
      band,
    }))
    .filter((r) => r.to > r.from);
  const band = bandOf(sorted, value);
  const previous = input.previous;
  const change = changeSince(value, previous, input.precision, input.locale);
  const target = input.target;
  const parts = [`${fmt.format(value)}${unit} ${t.of} ${fmt.format(max)}${unit}`];
  if (rangeHint) parts.push(rangeHint);
  if (band?.label) parts.push(`${t.level} ${band.label}`);
  if (target !== null && target !== undefined && Number.isFinite(target))
    parts.push(`${t.target} ${fmt.format(target)}`);
  if (change && previous !== null && previous !== undefined)
    parts.push(`${t.previous} ${fmt.format(previous)} (${change.text})`);
  return {
    ok: true,
    share: clampShare(value),
    outOfRange,
    rangeHint,
    clamped: Math.min(max, Math.max(min, value)),
    targetShare: target !== null && target !== undefined && Number.isFinite(target) ? clampShare(target) : null,
    previousShare:
      previous !== null && previous !== undefined && Number.isFinite(previous) ? clampShare(previous) : null,
    text,
    change,
    band,
    bandRanges,
    valueText: parts.join(', '),
  };
}
