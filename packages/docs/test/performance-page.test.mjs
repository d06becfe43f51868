// The "Performance and scale" page: in both languages, listed like the other reference pages, and stating
// only the figures of perf/figures.json (what scripts/perf-figures.mjs measured), in each language's format;
// the charts drawn from those same figures.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseFloor, parseScale, parseUncertainty, parseValidate, parseWidgets } from '../scripts/perf-figures.mjs';
import { figureAt, fillFigures, formatFigure, PLACEHOLDER, readFigures } from '../scripts/perf-format.mjs';
import { drawCharts } from '../scripts/perf-plot.mjs';

const read = (path) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const pages = { vi: 'hieu-nang.md', en: 'en/performance.md' };
const figures = readFigures();
// A number with a unit, as a measured figure is written: "12,3 ms", "1.2 s", "0.85×", "512 MiB".
const FIGURE = /\d[\d.,]*(?:\s?(?:ms|s|MiB|GiB|KB)\b|×)/gu;
// Not measured but true by definition: one frame at 60 Hz.
const FRAME = { vi: '16,7 ms', en: '16.7 ms' };

test('the page exists in Vietnamese and English, paired by the language switch and listed in both sidebars', () => {
  for (const path of Object.values(pages)) assert.ok(existsSync(new URL(`../${path}`, import.meta.url)), path);
  assert.match(read(pages.vi), /^# Hiệu năng và quy mô$/mu);
  assert.match(read(pages.en), /^# Performance and scale$/mu);
  assert.match(read('.vitepress/counterparts.ts'), /\{ root: 'hieu-nang\.md', en: 'en\/performance\.md' \}/u);
  const config = read('.vitepress/config.mts');
  assert.match(config, /\{ text: 'Hiệu năng và quy mô', link: '\/hieu-nang' \}/u);
  assert.match(config, /\{ text: 'Performance and scale', link: '\/en\/performance' \}/u);
});

test('both pages state the same figures, every one read from perf/figures.json', () => {
  const asked = (lang) => [...read(pages[lang]).matchAll(PLACEHOLDER)].map((m) => `${m[1]}:${m[2]}`).sort();
  assert.deepEqual(asked('vi'), asked('en'));
  assert.ok(asked('en').length >= 60, `only ${asked('en').length} figures`);
  for (const key of asked('en')) figureAt(figures, key.slice(key.indexOf(':') + 1));
});

test('no figure is typed by hand: outside the placeholders the pages hold no number with a unit', () => {
  for (const [lang, path] of Object.entries(pages)) {
    const typed = read(path).replace(PLACEHOLDER, '').match(FIGURE) ?? [];
    assert.deepEqual(
      typed.filter((f) => f !== FRAME[lang]),
      [],
      path,
    );
  }
});

test('the filled pages show the JSON’s figures in each language’s format', () => {
  const vi = fillFigures(read(pages.vi), 'vi', figures);
  const en = fillFigures(read(pages.en), 'en', figures);
  assert.doesNotMatch(vi + en, /%PERF/u);
  const row = figures.core.floor['100000x100'];
  for (const [text, lang] of [
    [vi, 'vi'],
    [en, 'en'],
  ]) {
    assert.ok(text.includes(`| ${formatFigure(row.score, 'ms', lang)} | ${formatFigure(row.floor, 'ms', lang)} |`));
    assert.ok(text.includes(formatFigure(figures.widgets['dti-kit-100k'].firstRender, 'ms', lang)));
    assert.ok(text.includes(formatFigure(figures.widgets.ratios.gridjs.firstRender, 'x', lang)));
  }
});

test('figures are written with a decimal comma in Vietnamese and a decimal point in English', () => {
  assert.equal(formatFigure(12.345, 'ms', 'vi'), '12,3 ms');
  assert.equal(formatFigure(12.345, 'ms', 'en'), '12.3 ms');
  assert.equal(formatFigure(1234.5, 'ms', 'vi'), '1.235 ms');
  assert.equal(formatFigure(1234.5, 'ms', 'en'), '1,235 ms');
  assert.equal(formatFigure(7812, 's', 'vi'), '7,8 s');
  assert.equal(formatFigure(1.234, 'x', 'en'), '1.23×');
  assert.equal(formatFigure(12.34, 'x', 'vi'), '12,3×');
  assert.equal(formatFigure(1_000_000, 'n', 'vi'), '1.000.000');
  assert.throws(() => formatFigure(Number.NaN, 'ms', 'en'), /not a number/u);
  assert.throws(() => figureAt(figures, 'core.floor.7x7.ratio'), /no core\.floor\.7x7\.ratio/u);
});

test('the committed charts are the ones the figures draw, with no style attribute', () => {
  for (const [file, svg] of Object.entries(drawCharts(figures))) {
    const committed = read(`public/perf/${file}`);
    assert.equal(committed, svg, `${file} is not drawn from perf/figures.json: run perf-figures --draw`);
    assert.doesNotMatch(committed, /style/u, file);
    // Well formed as far as a browser's XML parser cares: no attribute twice on one element.
    for (const [tag] of committed.matchAll(/<[a-z]+\s[^>]*>/gu)) {
      const names = [...tag.matchAll(/\s([\w:-]+)=/gu)].map((m) => m[1]);
      assert.equal(new Set(names).size, names.length, `${file}: ${tag}`);
    }
  }
  for (const lang of ['vi', 'en'])
    for (const chart of ['core-scaling', 'league-table'])
      assert.ok(read(pages[lang]).includes(`<img src="/perf/${chart}-${lang}.svg"`), `${chart} on the ${lang} page`);
});

test('the benchmarks’ lines are read as printed', () => {
  const floor = parseFloor(
    [
      '  1,000 × 100          2.10 ms   2.20 ms   1.50 ms    1.40×   1.47×       2.0 ms',
      '  100,000 × 100         450 ms    480 ms    150 ms    3.00×   3.20×',
    ].join('\n'),
  );
  assert.deepEqual(floor['100000x100'], { units: 100000, indicators: 100, score: 450, floor: 150, ratio: 3 });
  const validate = parseValidate(
    '  10,000 × 100     prepareDataset 44.0 ms, floor 29.5 ms: 1.49× wall; CPU 50.0 / 30.0 ms: 1.67×',
  );
  assert.deepEqual(validate['10000x100'], { units: 10000, indicators: 100, prepare: 44, floor: 29.5, ratio: 1.49 });
  const uncertainty = parseUncertainty(
    [
      '',
      'Uncertainty: 1,000 weight-perturbation replications, 51 units × 49 indicators in 8 pillars, against the',
      'floor (bench/uncertainty-floor.ts: the same draws, means, rounding, ranks and summary by hand, first',
      'checked to give the same ranks). Medians of 9 interleaved rounds after 2 warm-ups; a ratio is the',
      'median of the ratios of the two in each round:',
      '  wall-clock analyseUncertainty 31.3 ms, floor 20.1 ms, ratio 1.34× ✓ goal ≤ 2×',
      '  CPU        analyseUncertainty 15.1 ms, floor 12.0 ms, ratio 1.26× ✓ goal ≤ 2×',
    ].join('\n'),
  );
  assert.deepEqual(uncertainty, { runs: 1000, ms: 31.3, floor: 20.1, ratio: 1.34 });
  const scale = parseScale(
    [
      'Scale: 1,000,000 units × 20 indicators, COINr pipeline, 2% missing, rows kept alive;',
      '  score()  wall 7700, 7800, 7900 ms; CPU 7000, 7100, 7200 ms; peak of a call +3100 MiB; result kept 400 MiB',
      '  floor    wall 700, 780, 800 ms; CPU 700, 780, 800 ms; peak of a call +160 MiB; result kept 16 MiB',
    ].join('\n'),
  );
  assert.equal(scale.score.ms, 7800);
  assert.equal(scale.floor.peakMiB, 160);
  assert.equal(scale.ratio, 10);
  const widgets = parseWidgets(
    `BENCH-JSON ${JSON.stringify({
      userAgent: 'Mozilla/5.0 HeadlessChrome/156.0.0.0 Safari/537.36',
      results: Object.fromEntries(
        [
          ['dti-kit-10k', 10],
          ['tabulator-10k', 20],
          ['gridjs-10k', 50],
        ].map(([k, ms]) => [
          k,
          Object.fromEntries(
            ['firstRender', 'sort', 'reverseSort', 'firstKeystroke'].flatMap((m) => [
              [m, ms],
              [`${m}Update`, ms / 2],
            ]),
          ),
        ]),
      ),
    })}`,
  );
  assert.equal(widgets.ratios.gridjs.sort, 5);
  assert.equal(widgets.ratios.tabulatorUpdate.firstRender, 2);
  assert.equal(widgets.chromium, '156.0.0.0');
  assert.throws(() => parseFloor('nothing'), /no "1,000 × 100/u);
});

const built = (path) => new URL(`../.vitepress/dist/${path}`, import.meta.url);
test('the built pages show the figures of perf/figures.json', {
  skip: !existsSync(built('hieu-nang.html')) && 'the site is not built (pnpm --filter @dti-kit/docs build)',
}, () => {
  for (const [lang, file] of [
    ['vi', 'hieu-nang.html'],
    ['en', 'en/performance.html'],
  ]) {
    const html = readFileSync(built(file), 'utf8');
    assert.doesNotMatch(html, /%PERF/u, file);
    const us = figures.widgets['dti-kit-10k'];
    for (const figure of [
      formatFigure(us.firstRender, 'ms', lang),
      formatFigure(figures.widgets.ratios.tabulator.sort, 'x', lang),
      formatFigure(figures.core.scale.score.ms, 's', lang),
    ])
      assert.ok(html.includes(figure), `${file} lacks ${figure}`);
    assert.ok(html.includes(`src="/perf/core-scaling-${lang}.svg"`), `${file} lacks its chart`);
  }
});
