// Builds the province examples' data from the published results: a score table of 2024 for the 63
// former provinces and a score series 2020–2024 for the 34 provinces of 2025. See SOURCES.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type ScoreTable, scoreSeries } from '@dti-kit/core';
import { slugify } from '@dti-kit/core/present';
import { foldText } from '@dti-kit/core/sheets';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** Rows of a CSV with quoted fields, as objects keyed by the header. */
function readCsv(file: string): Record<string, string>[] {
  const text = readFileSync(here(file), 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) cell += c;
    else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else if (c !== '\r') cell += c;
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  const [head, ...body] = rows.filter((r) => r.length > 1 && !r[0]?.startsWith('#'));
  return body.map((r) => Object.fromEntries((head as string[]).map((h, k) => [h, r[k] ?? ''])));
}

// Names as the results file writes them, matched to the merger file's: folded, without `TP.`.
const key = (name: string) => foldText(name.replace(/^TP\.\s*/u, '')).replace(/ /gu, '');

const merger = readCsv('province_merger_2025.csv');
const formerNames = merger.flatMap((m) => (m.old_units_pre_2025 as string).split(';').map((s) => s.trim()));
const newNames = merger.map((m) => m.new_unit_2025 as string);
if (new Set(formerNames).size !== 63 || newNames.length !== 34)
  throw new Error(`expected 63 former and 34 new provinces, found ${new Set(formerNames).size} and ${newNames.length}`);
const crosswalk = merger.map((m) => ({
  to: slugify(m.new_unit_2025 as string),
  name: m.new_unit_2025 as string,
  from: (m.old_units_pre_2025 as string).split(';').map((s) => slugify(s.trim())),
}));

function nameIn(names: string[], published: string, where: string): string {
  const found = names.find((n) => key(n) === key(published));
  if (!found) throw new Error(`${where}: "${published}" matches no province of ${names.length}`);
  return found;
}

const results = readCsv('dti_provincial_results.csv');
const number = (s: string | undefined, where: string) => {
  if (!s) return null;
  const x = Number(s);
  if (!Number.isFinite(x)) throw new Error(`${where}: "${s}" is not a number`);
  return x;
};

/** The published rows of one year and ranking set as a score table over all of that set's provinces. */
function tableOf(year: string, set: '63' | '34'): ScoreTable {
  const names = set === '63' ? formerNames : newNames;
  const rows = results.filter((r) => r.year === year && r.ranking_set === set);
  const published = new Map(
    rows.map((r, k) => {
      const where = `dti_provincial_results.csv ${year}/${set} row ${k + 1}`;
      const name = nameIn(names, r.province as string, where);
      return [name, { value: number(r.dti, where), rank: number(r.rank, where) }] as const;
    }),
  );
  return {
    kind: 'dti-score-table',
    format: 1,
    framework: {
      id: 'dti-province',
      version: Number(year) >= 2022 ? '922/QĐ-BTTTT' : '1726/QĐ-BTTTT',
      label: { vi: 'Chỉ số chuyển đổi số cấp tỉnh (DTI)', en: 'Provincial digital transformation index (DTI)' },
      scale: { min: 0, max: 1 },
      precision: 4,
      tiers: [],
    },
    period: year,
    // Every province of the set was ranked (63 before the merger, the 34 for 2024), though only some
    // ranks were published: the field is stated, since it cannot be read off the ranks listed.
    rankedAmong: names.length,
    // Results as published: a null value or rank is one the published data does not give, not a unit
    // unscored or unranked; no share of indicators reported is known (coverage 0 says nothing here).
    source: 'published',
    nodes: [],
    units: names.map((name) => {
      const p = published.get(name);
      return {
        id: slugify(name),
        name,
        status: p?.rank == null ? 'not-ranked' : 'ranked',
        value: p?.value ?? null,
        rank: p?.rank ?? null,
        tier: null,
        coverage: 0,
        imputed: 0,
        targets: { met: 0, set: 0, share: null },
        nodes: {},
      };
    }),
  };
}

const former = ['2020', '2021', '2022', '2023'].map((year) => ({
  period: year,
  table: tableOf(year, '63'),
  former: true,
  rankedAmong: 63,
}));
const series = scoreSeries([...former, { period: '2024', table: tableOf('2024', '34'), rankedAmong: 34 }], {
  crosswalk,
});
writeFileSync(here('province-2024-63.json'), `${JSON.stringify(tableOf('2024', '63'), null, 1)}\n`);
// The 34 provinces of 2025 as ranked for 2024: what the province page's table, map and scorecard show.
writeFileSync(here('province-2024-34.json'), `${JSON.stringify(tableOf('2024', '34'), null, 1)}\n`);
writeFileSync(here('province-series.json'), `${JSON.stringify(series)}\n`);
console.log(`province-series.json: ${series.units.length} provinces, ${series.periods.length} periods`);
