import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DtiError, type DtiIssue, defineFramework, type Framework, formatIssue, loadPreset } from '../../src/index.js';
import { foldText } from '../../src/sheets/fold.js';
import { readCsv, readDataset, readSheets } from '../../src/sheets.js';
import { group, indicator, percentIndicator, framework as testFramework } from '../helpers.js';

// Properties of the CSV reader and the layout layer over random and mutated input: every call returns
// a result or throws a DtiError with a message, and nothing well-formed is dropped or changed.

const text = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const firstLines = (t: string, n: number) => t.split('\n').slice(0, n).join('\n');
const SEEDS = text('../fixtures/seeds-wide.csv');
const COMMUNES = firstLines(text('../../examples/data/communes-2025.csv'), 40);
/** Runs per property: enough to meet every mutation kind many times, quick enough for every `pnpm test`. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
/** Time allowed per property, in milliseconds: about 30 ms a run on a slow machine. */
const TIMEOUT = 30 * RUNS + 10_000;

let template: Framework;
beforeAll(async () => {
  template = await loadPreset('self-assessment-template');
});

/** Outcomes by property, printed with FUZZ_STATS=1 for the record: refused with an error, or read. */
const tally = new Map<string, { inputs: number; errors: number; read: number }>();
function count(property: string, refused: boolean): void {
  const t = tally.get(property) ?? { inputs: 0, errors: 0, read: 0 };
  t.inputs++;
  if (refused) t.errors++;
  else t.read++;
  tally.set(property, t);
}
afterAll(() => {
  if (process.env.FUZZ_STATS) console.table(Object.fromEntries(tally));
});

/** Runs `read`; it must return, or throw a DtiError with a message. Every issue must have a message. */
function readsOrRefuses(property: string, read: () => { issues?: DtiIssue[] } | { issues?: DtiIssue[] }[]): void {
  let result: ReturnType<typeof read>;
  try {
    result = read();
  } catch (error) {
    expect(error).toBeInstanceOf(DtiError);
    expect((error as DtiError).message.length).toBeGreaterThan(0);
    count(property, true);
    return;
  }
  const issues = (Array.isArray(result) ? result : [result]).flatMap((r) => r.issues ?? []);
  for (const issue of issues) {
    expect(issue.message.length).toBeGreaterThan(0);
    // Every message, in both languages, is written from real values: never "undefined", "NaN" or an object.
    for (const text of [issue.message, formatIssue(issue, 'vi')])
      expect(text.replaceAll(issue.cell?.text ?? '\u0000', '')).not.toMatch(/\bundefined\b|\bNaN\b|\[object /u);
  }
  count(
    property,
    issues.some((i) => i.severity === 'error'),
  );
}

/** A character CSV files break on, or any character. */
const csvChar = fc.oneof(
  fc.constantFrom('"', ';', ',', '\t', '\n', '\r', '\r\n', '\u0000', '\uFEFF', '%', '.', '#DIV/0!', ' '),
  fc.string({ minLength: 1, maxLength: 1, unit: 'grapheme' }),
  fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
);

type Mutation =
  | { kind: 'insert'; at: number; what: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate-line'; line: number }
  | { kind: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), what: csvChar }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function mutate(source: string, mutations: readonly Mutation[]): string {
  let t = source;
  for (const m of mutations) {
    const at = (n: number) => (t.length === 0 ? 0 : n % (t.length + 1));
    if (m.kind === 'insert') t = t.slice(0, at(m.at)) + m.what + t.slice(at(m.at));
    else if (m.kind === 'delete') t = t.slice(0, at(m.at)) + t.slice(at(m.at) + m.length);
    else if (m.kind === 'truncate') t = t.slice(0, at(m.at));
    else {
      const lines = t.split('\n');
      const k = m.line % lines.length;
      lines.splice(k, 0, lines[k] ?? '');
      t = lines.join('\n');
    }
  }
  return t;
}

describe('fuzz: no input crashes the CSV reader or the layout', () => {
  it(
    'random strings',
    () => {
      fc.assert(
        fc.property(fc.array(csvChar, { maxLength: 200 }), (chars) => {
          const input = chars.join('');
          readsOrRefuses('strings: readSheets', () => readSheets(input));
          readsOrRefuses('strings: readDataset', () => readDataset(input, template));
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'random bytes (not a zip)',
    () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
          fc.pre(!(bytes[0] === 0x50 && bytes[1] === 0x4b));
          readsOrRefuses('bytes: readSheets', () => readSheets(bytes));
          readsOrRefuses('bytes: readDataset', () => readDataset(bytes, template));
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  for (const [name, source] of [
    ['seeds-wide.csv', SEEDS],
    ['communes-2025.csv (first 40 lines)', COMMUNES],
  ] as const)
    it(
      `random mutations of ${name}`,
      () => {
        fc.assert(
          fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.boolean(), (mutations, strict) => {
            const input = mutate(source, mutations);
            readsOrRefuses(`${name}: readDataset`, () => readDataset(input, template, { strict }));
            readsOrRefuses(`${name}: readDataset en`, () =>
              readDataset(new TextEncoder().encode(input), template, { locale: 'en' }),
            );
          }),
          { numRuns: RUNS },
        );
      },
      TIMEOUT,
    );
});

// A framework with a % indicator, a count and a yes/no indicator, for round trips.
const framework = defineFramework(
  testFramework({
    id: 'vong-tron',
    label: 'Vòng tròn',
    root: group(
      'root',
      [
        percentIndicator('ty-le', { label: 'Tỷ lệ hồ sơ trực tuyến' }),
        indicator('so-ho-so', { label: 'Số hồ sơ, thủ tục' }),
        indicator('zalo', { label: 'Có kênh Zalo OA', method: { type: 'yesNo' } }),
      ],
      { label: 'Chỉ số' },
    ),
  }),
);

interface Row {
  name: string;
  share: number | null;
  count: number | null;
  zalo: boolean | null;
}

/** Unit names as people type them: letters with diacritics, commas, semicolons, quotes, no line breaks. */
const unitName = fc
  .array(fc.constantFrom(...'XãPhườngĐứcKhánh Thọ Mỹ,;"\'()-/0123456789ẤẦẨẪẬ'), { minLength: 1, maxLength: 24 })
  .map((cs) => `Xã ${cs.join('')}`.trim());
const row: fc.Arbitrary<Row> = fc.record({
  name: unitName,
  share: fc.option(fc.integer({ min: 0, max: 1000 }).map((x) => x / 10)),
  count: fc.option(fc.integer({ min: 0, max: 5_000_000 })),
  zalo: fc.option(fc.boolean()),
});

/** A number as Vietnamese portals write it: decimal comma, and sometimes dots grouping thousands. */
function viNumber(x: number, group: boolean): string {
  const [whole, fraction] = String(x).split('.') as [string, string | undefined];
  const grouped = group ? whole.replace(/\B(?=(\d{3})+$)/gu, '.') : whole;
  return fraction ? `${grouped},${fraction}` : grouped;
}

function csvOf(rows: readonly Row[], quoting: readonly boolean[], delimiter: ';' | ',' | '\t', crlf: boolean): string {
  const field = (value: string, k: number) =>
    quoting[k % quoting.length] || value.includes(delimiter) || value.includes('"') || /[\r\n]/u.test(value)
      ? `"${value.replaceAll('"', '""')}"`
      : value;
  const lines = [
    ['Mã đơn vị', 'Tên đơn vị', 'Tỷ lệ hồ sơ trực tuyến (%)', 'Số hồ sơ, thủ tục', 'Có kênh\nZalo OA'],
    ...rows.map((r, u) => [
      `u${u}`,
      r.name,
      r.share === null ? '' : `${viNumber(r.share, false)}%`,
      r.count === null ? '' : viNumber(r.count, u % 2 === 0),
      r.zalo === null ? '' : r.zalo ? 'có' : 'không',
    ]),
  ];
  return lines.map((cells, i) => cells.map((c, j) => field(c, i * 5 + j)).join(delimiter)).join(crlf ? '\r\n' : '\n');
}

describe('fuzz: well-formed CSV round-trips exactly', () => {
  it(
    'every unit and every value comes back, whatever the quoting and delimiter',
    () => {
      fc.assert(
        fc.property(
          fc.array(row, { minLength: 1, maxLength: 30 }),
          fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }),
          fc.constantFrom(';' as const, ',' as const, '\t' as const),
          fc.boolean(),
          (rows, quoting, delimiter, crlf) => {
            const csv = csvOf(rows, quoting, delimiter, crlf);
            const r = readDataset(csv, framework);
            // A column left blank by every unit (of two or more) is said once; nothing else is.
            const blank = (
              [
                ['ty-le', 'share'],
                ['so-ho-so', 'count'],
                ['zalo', 'zalo'],
              ] as const
            ).filter(([, key]) => rows.length >= 2 && rows.every((x) => x[key] === null));
            // A % column whose values all lie between 0 and 1 looks like fractions, and is said too.
            const shares = rows.map((x) => x.share).filter((x): x is number => x !== null);
            const fractions = shares.length >= 2 && shares.every((x) => x <= 1) && shares.some((x) => x > 0 && x < 1);
            // Beside percentages above 1, each one between 0 and 1 is said, unit by unit.
            const among = shares.some((x) => x > 1) ? shares.filter((x) => x > 0 && x < 1) : [];
            // A count written with one thousands dot ("2.528") may be a decimal in English: said once.
            const oneDot = rows.some((x, u) => u % 2 === 0 && x.count !== null && x.count >= 1000 && x.count < 1e6);
            // Two units of one name (alike once folded) under two ids and no parent may be one unit
            // entered twice: said once a name, where it comes again. (Random names do collide: "Xã X".)
            const seen = new Map<string, number>();
            const sameName = rows.flatMap((x) => {
              const n = (seen.get(foldText(x.name)) ?? 0) + 1;
              seen.set(foldText(x.name), n);
              return n === 2 ? [['look-alike-unit', 'same-name', undefined]] : [];
            });
            expect(r.issues.map((i) => [i.code, i.detail, i.indicator])).toEqual([
              ...(oneDot ? [['suspicious-value', 'ambiguous-thousands', 'so-ho-so']] : []),
              ...sameName,
              ...among.map(() => ['suspicious-value', 'fraction-among-percentages', 'ty-le']),
              ...(fractions ? [['suspicious-value', 'fractions', 'ty-le']] : []),
              ...blank.map(([id]) => ['missing-column', 'no-values', id]),
              // A unit that left every cell blank is named: its rank would rest on nothing it sent.
              ...rows
                .filter((x) => x.share === null && x.count === null && x.zalo === null)
                .map(() => ['suspicious-value', 'no-data', undefined]),
            ]);
            expect(r.dataset.units).toEqual(
              rows.map((x, u) => {
                const values: Record<string, number | boolean> = {};
                if (x.share !== null) values['ty-le'] = x.share;
                if (x.count !== null) values['so-ho-so'] = x.count;
                if (x.zalo !== null) values.zalo = x.zalo;
                return { id: `u${u}`, name: x.name, values };
              }),
            );
            expect(r.prepared?.units).toHaveLength(rows.length);
            count('round trip', false);
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'a row whose name opens a quote that never closes is a malformed-csv error naming its line',
    () => {
      fc.assert(
        fc.property(
          fc.array(row, { minLength: 2, maxLength: 20 }),
          fc.nat(),
          fc.constantFrom(';' as const, ','),
          (rows, pick, delimiter) => {
            // Names unquoted, so the quote put before one is the only one of its line.
            const clean = rows.map((r) => ({ ...r, name: r.name.replaceAll('"', '').replaceAll(delimiter, ' ') }));
            const k = pick % clean.length;
            const lines = csvOf(clean, [false], delimiter, false).split('\n');
            // Line 0 and 1 are the header (its last cell holds a line break); the name is the second field.
            const broken = lines.map((line, i) => (i === k + 2 ? line.replace(delimiter, `${delimiter}"`) : line));
            const sheet = readCsv(broken.join('\n'));
            const malformed = sheet.issues?.filter((i) => i.code === 'malformed-csv' && i.severity === 'error') ?? [];
            expect(malformed.map((i) => i.cell?.row)).toEqual([k + 3]);
            // The rows after it stay rows.
            expect(sheet.rows).toHaveLength(clean.length + 1);
            count('unbalanced quote', true);
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
