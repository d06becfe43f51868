// The figures of the "Performance and scale" pages: read from perf/figures.json (written by
// scripts/perf-figures.mjs from the benchmarks' output), formatted for each language, and put into the
// pages where they say `%PERF:unit:path%`, so a page never states a figure the benchmarks did not give.
import { readFileSync } from 'node:fs';

/** Where the measured figures live. */
export const figuresFile = new URL('../perf/figures.json', import.meta.url);

/** The committed figures. */
export function readFigures() {
  return JSON.parse(readFileSync(figuresFile, 'utf8'));
}

/**
 * A value at a dotted path of the figures (`core.floor.100000x100.ratio`); throws on a missing one, so a
 * page that asks for a figure the benchmarks no longer give fails the build.
 *
 * @example figureAt(figures, 'widgets.dti-kit-10k.firstRender') // e.g. 38.2
 */
export function figureAt(figures, path) {
  let value = figures;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object' || !(part in value))
      throw new Error(`perf/figures.json has no ${path} (stopped at "${part}")`);
    value = value[part];
  }
  return value;
}

/**
 * A figure as the page prints it: `ms` (one decimal under 100 ms), `s` (seconds, one decimal), `x` (a
 * ratio, two decimals under 10), `mib` (whole MiB), `n` (a whole number), `text` as it is. Decimal comma
 * and `.` thousands in Vietnamese, decimal point and `,` thousands in English.
 *
 * @example formatFigure(12.345, 'ms', 'vi') // '12,3 ms'
 * @example formatFigure(1.234, 'x', 'en') // '1.23×'
 */
export function formatFigure(value, unit, lang) {
  if (unit === 'text') return String(value);
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`not a number: ${value}`);
  const locale = lang === 'en' ? 'en-GB' : 'vi-VN';
  const number = (x, digits) =>
    x.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  switch (unit) {
    case 'ms':
      return `${number(value, value < 100 ? 1 : 0)} ms`;
    case 's':
      return `${number(value / 1000, 1)} s`;
    case 'x':
      return `${number(value, value < 10 ? 2 : 1)}×`;
    case 'mib':
      return `${number(value, 0)} MiB`;
    case 'n':
      return number(value, 0);
    default:
      throw new Error(`unknown unit ${unit}`);
  }
}

/** The placeholders of a page: `%PERF:ms:widgets.dti-kit-10k.firstRender%` and the like. */
export const PLACEHOLDER = /%PERF:(ms|s|x|mib|n|text):([\w.-]+)%/gu;

/**
 * A page's source with every placeholder replaced by its figure.
 *
 * @example fillFigures('%PERF:ms:widgets.dti-kit-10k.sort%', 'en', figures) // e.g. '1.2 ms'
 */
export function fillFigures(src, lang, figures = readFigures()) {
  return src.replace(PLACEHOLDER, (_, unit, path) => formatFigure(figureAt(figures, path), unit, lang));
}

/**
 * A markdown-it plugin: fills the figures before the page is parsed, in text and tables alike.
 *
 * @example md.use(perfFigures)
 */
export function perfFigures(md) {
  md.core.ruler.before('normalize', 'dti-perf-figures', (state) => {
    if (!state.src.includes('%PERF:')) return;
    const lang = state.env?.relativePath?.startsWith('en/') ? 'en' : 'vi';
    state.src = fillFigures(state.src, lang);
  });
}
