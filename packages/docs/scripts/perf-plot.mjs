// The curves of the "Performance and scale" pages, drawn from perf/figures.json as plain SVG (presentation
// attributes only, no style attribute or element), one file per chart and language.
import { formatFigure } from './perf-format.mjs';

const WORDS = {
  vi: {
    scalingTitle: 'score() và vòng lặp viết tay (sàn), theo số đơn vị',
    units: 'số đơn vị (thang log)',
    ms: 'ms (thang log)',
    score: (k) => `score(), ${k} chỉ tiêu`,
    floor: (k) => `sàn, ${k} chỉ tiêu`,
    tableTitle: 'Bảng xếp hạng 10.000 dòng: đến khung hình kế tiếp (ms)',
    measures: {
      firstRender: 'Hiển thị lần đầu',
      sort: 'Sắp xếp',
      reverseSort: 'Đảo chiều',
      firstKeystroke: 'Phím đầu tiên',
    },
  },
  en: {
    scalingTitle: 'score() and the hand-written loop (floor), by number of units',
    units: 'units (log scale)',
    ms: 'ms (log scale)',
    score: (k) => `score(), ${k} indicators`,
    floor: (k) => `floor, ${k} indicators`,
    tableTitle: 'League table, 10,000 rows: to the next frame (ms)',
    measures: {
      firstRender: 'First render',
      sort: 'Sort',
      reverseSort: 'Reverse sort',
      firstKeystroke: 'First keystroke',
    },
  },
};
const COLOURS = ['#0b3d6e', '#7aa7d6', '#b45309', '#f2b880'];
const FONT = 'font-family="system-ui, sans-serif"';
const esc = (text) => String(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const svgOpen = (w, h, title) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${esc(title)}">\n<title>${esc(title)}</title>\n<rect width="${w}" height="${h}" fill="#ffffff"/>\n`;
const text = (x, y, s, extra = '', size = 12) =>
  `<text x="${x}" y="${y}" ${FONT} font-size="${size}" fill="#1f2328" ${extra}>${esc(s)}</text>\n`;
/** A tick's value: 0.1, 1, 10, 1,000 (in each language's format). */
const tick = (v, lang) => v.toLocaleString(lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 3 });

/** Log-log curves of `score()` and the floor against units, × 100 and × 20 indicators. */
function scaling(figures, lang) {
  const t = WORDS[lang];
  const { floor, scale } = figures.core;
  const series = [100, 20].flatMap((k) => {
    const points = (pick) =>
      Object.values(floor)
        .filter((r) => r.indicators === k)
        .map((r) => [r.units, pick(r)])
        .concat(scale.indicators === k ? [[scale.units, pick === scorePick ? scale.score.ms : scale.floor.ms]] : [])
        .sort((a, b) => a[0] - b[0]);
    return [
      { label: t.score(k), points: points(scorePick) },
      { label: t.floor(k), points: points(floorPick) },
    ];
  });
  const [w, h, left, right, top, bottom] = [640, 380, 64, 180, 36, 48];
  const xs = series.flatMap((s) => s.points.map((p) => p[0]));
  const ys = series.flatMap((s) => s.points.map((p) => p[1]));
  const decade = (v, up) => 10 ** (up ? Math.ceil(Math.log10(v)) : Math.floor(Math.log10(v)));
  const [x0, x1, y0, y1] = [
    decade(Math.min(...xs)),
    decade(Math.max(...xs), true),
    decade(Math.min(...ys)),
    decade(Math.max(...ys), true),
  ];
  const x = (v) => left + ((Math.log10(v) - Math.log10(x0)) / (Math.log10(x1) - Math.log10(x0))) * (w - left - right);
  const y = (v) =>
    h - bottom - ((Math.log10(v) - Math.log10(y0)) / (Math.log10(y1) - Math.log10(y0))) * (h - top - bottom);
  let out = svgOpen(w, h, t.scalingTitle) + text(left, 20, t.scalingTitle, 'font-weight="600"');
  for (let v = x0; v <= x1; v *= 10)
    out += `<line x1="${x(v)}" y1="${top}" x2="${x(v)}" y2="${h - bottom}" stroke="#d0d7de"/>\n${text(x(v), h - bottom + 16, tick(v, lang), 'text-anchor="middle"')}`;
  for (let v = y0; v <= y1; v *= 10)
    out += `<line x1="${left}" y1="${y(v)}" x2="${w - right}" y2="${y(v)}" stroke="#d0d7de"/>\n${text(left - 6, y(v) + 4, tick(v, lang), 'text-anchor="end"')}`;
  out += text((left + w - right) / 2, h - 12, t.units, 'text-anchor="middle"');
  out += text(
    14,
    (top + h - bottom) / 2,
    t.ms,
    `text-anchor="middle" transform="rotate(-90 14 ${(top + h - bottom) / 2})"`,
  );
  series.forEach((s, i) => {
    const dash = i % 2 ? ' stroke-dasharray="5 4"' : '';
    const path = s.points.map((p) => `${x(p[0]).toFixed(1)},${y(p[1]).toFixed(1)}`).join(' ');
    out += `<polyline points="${path}" fill="none" stroke="${COLOURS[i]}" stroke-width="2"${dash}/>\n`;
    for (const p of s.points)
      out += `<circle cx="${x(p[0]).toFixed(1)}" cy="${y(p[1]).toFixed(1)}" r="3" fill="${COLOURS[i]}"/>\n`;
    const ly = top + 10 + i * 20;
    out += `<line x1="${w - right + 12}" y1="${ly}" x2="${w - right + 36}" y2="${ly}" stroke="${COLOURS[i]}" stroke-width="2"${dash}/>\n`;
    out += text(w - right + 42, ly + 4, s.label);
  });
  return `${out}</svg>\n`;
}
const scorePick = (r) => r.score;
const floorPick = (r) => r.floor;

/** Bars: DTI Kit, Tabulator and Grid.js on 10,000 rows, to the next frame, per measure. */
function table(figures, lang) {
  const t = WORDS[lang];
  const libs = [
    ['DTI Kit', figures.widgets['dti-kit-10k']],
    ['Tabulator', figures.widgets['tabulator-10k']],
    ['Grid.js', figures.widgets['gridjs-10k']],
  ];
  const measures = Object.keys(t.measures);
  const max = Math.max(...measures.flatMap((m) => libs.map(([, r]) => r[m])));
  const [w, left, top, bar, gap] = [640, 130, 36, 14, 14];
  const h = top + measures.length * (libs.length * bar + gap) + 30;
  const scale = (v) => (v / max) * (w - left - 90);
  let out = svgOpen(w, h, t.tableTitle) + text(8, 20, t.tableTitle, 'font-weight="600"');
  measures.forEach((m, k) => {
    const y0 = top + k * (libs.length * bar + gap);
    out += text(8, y0 + bar * 1.5 + 4, t.measures[m]);
    libs.forEach(([name, r], i) => {
      const y = y0 + i * bar;
      out += `<rect x="${left}" y="${y}" width="${scale(r[m]).toFixed(1)}" height="${bar - 2}" fill="${COLOURS[i === 0 ? 0 : i + 1]}"/>\n`;
      out += text(left + scale(r[m]) + 4, y + bar - 4, `${name} ${formatFigure(r[m], 'ms', lang)}`, '', 11);
    });
  });
  return `${out}</svg>\n`;
}

/**
 * Every chart of the pages, by file name (`core-scaling-vi.svg`, `league-table-en.svg`, …).
 *
 * @example drawCharts(readFigures())['core-scaling-en.svg'].startsWith('<svg') // true
 */
export function drawCharts(figures) {
  const out = {};
  for (const lang of ['vi', 'en']) {
    out[`core-scaling-${lang}.svg`] = scaling(figures, lang);
    out[`league-table-${lang}.svg`] = table(figures, lang);
  }
  return out;
}
