import type { NumberFormatKind } from './number-format.js';

/**
 * The percentage a percent-formatted cell shows, from the text of its `<v>`: the decimal point moved
 * two places, so `0.07` gives exactly 7 (0.07 × 100 is 7.000000000000001). Exponent forms work
 * too (`9.78E-1` → 97.8).
 *
 * @example percentOf('0.978') // 97.8
 */
export function percentOf(stored: string): number {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/u.exec(stored.trim());
  const exponent = m ? Number(m[4] ?? 0) : Number.NaN;
  // Shifting by text is exact; an absurd exponent would build an absurd string, and beyond ±350 the
  // number is 0 or not finite anyway.
  if (!m || Math.abs(exponent) > 350) return Number(stored) * 100;
  const digits = `${m[2] ?? ''}${m[3] ?? ''}`;
  const point = (m[2] ?? '').length + exponent + 2;
  const padded =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + '0'.repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return Number(`${m[1] ?? ''}${padded || '0'}`);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

// Day 0 of each system, as a count of days since 1970-01-01. In the 1900 system Excel counts a
// 29 February 1900 that never was (serial 60, kept for Lotus 1-2-3), so serials from 61 on are one
// day ahead of a plain count from 1899-12-31.
const EPOCH_1900 = Date.UTC(1899, 11, 31) / 86_400_000;
const EPOCH_1904 = Date.UTC(1904, 0, 1) / 86_400_000;
const LAST_SERIAL = 2_958_465; // 9999-12-31 in the 1900 system

/**
 * The ISO text of a date/time serial as the cell shows it: `YYYY-MM-DD` for a date,
 * `YYYY-MM-DDTHH:MM:SS` for a date with a time, `HH:MM:SS` for a time of day, `H:MM:SS` hours past 24
 * for a duration. Undefined when no date can be shown (negative, or past 9999-12-31).
 *
 * @example dateText(45657, 'date', false) // '2024-12-31'
 * @example dateText(60, 'date', false) // '1900-02-29' (the day Excel counts and the calendar lacks)
 */
export function dateText(serial: number, kind: NumberFormatKind, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial > LAST_SERIAL) return undefined;
  const seconds = Math.round(serial * 86_400);
  const days = Math.floor(seconds / 86_400);
  const inDay = seconds - days * 86_400;
  const clock = `${pad(Math.floor(inDay / 3600))}:${pad(Math.floor(inDay / 60) % 60)}:${pad(inDay % 60)}`;
  if (kind === 'duration')
    return `${Math.floor(seconds / 3600)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  if (kind === 'time') return clock;
  let day: string;
  if (!date1904 && days === 60) day = '1900-02-29';
  else {
    const count = date1904 ? EPOCH_1904 + days : EPOCH_1900 + (days > 60 ? days - 1 : days);
    const d = new Date(count * 86_400_000);
    day = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  }
  return kind === 'datetime' ? `${day}T${clock}` : day;
}
