// Fuzzing the XLSX reader: random bytes and random damage to workbooks written by LibreOffice,
// openpyxl and writeXlsx. Every call must return well-formed sheets or throw a DtiError with a
// message; any other exception (a TypeError, a RangeError, a stack overflow) is a bug.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { DtiError, defineFramework } from '../../src/index.js';
import { readDataset, readXlsx, type Sheet } from '../../src/sheets.js';
import { wideXlsx } from '../fixtures/make-fixtures.js';
import { group, percentIndicator, framework as testFramework } from '../helpers.js';

const real = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/real/${name}`, import.meta.url)));
const fixtures = [real('libreoffice.xlsx'), real('openpyxl.xlsx'), real('libreoffice-1904.xlsx'), wideXlsx()];

/** Per property: inputs tried, results read, clear errors; printed at the end for the record. */
const tally = new Map<string, { tried: number; read: number; refused: number; slowestMs: number }>();

/** Reads `bytes` and checks the outcome is sheets of rectangular rows or a DtiError with a message. */
function readChecked(property: string, bytes: Uint8Array): void {
  const t = tally.get(property) ?? { tried: 0, read: 0, refused: 0, slowestMs: 0 };
  tally.set(property, t);
  t.tried++;
  const started = performance.now();
  let sheets: Sheet[];
  try {
    sheets = readXlsx(bytes);
  } catch (error) {
    if (!(error instanceof DtiError)) throw error;
    expect(error.message.length).toBeGreaterThan(10);
    t.refused++;
    return;
  } finally {
    t.slowestMs = Math.max(t.slowestMs, performance.now() - started);
  }
  t.read++;
  expect(shapeProblems(sheets)).toEqual([]);
}

/** What is wrong with the shape of sheets read, checked in plain loops: a stray far cell can make millions. */
function shapeProblems(sheets: readonly Sheet[]): string[] {
  const problems: string[] = [];
  for (const sheet of sheets) {
    if (typeof sheet.name !== 'string') problems.push('a sheet without a name');
    const width = sheet.rows[0]?.length ?? 0;
    for (const [r, row] of sheet.rows.entries()) {
      if (row.length !== width) problems.push(`${sheet.name}: row ${r + 1} has ${row.length} cells, not ${width}`);
      for (const cell of row)
        if (!(cell === null || typeof cell === 'string' || typeof cell === 'boolean' || Number.isFinite(cell)))
          problems.push(`${sheet.name}: row ${r + 1} holds ${String(cell)}`);
    }
    for (const issue of sheet.issues ?? []) if (issue.message.length < 10) problems.push(`empty issue ${issue.code}`);
  }
  return problems;
}

// Fragments that break what a scanner assumes: references out of the grid, unknown shared strings,
// broken entities, unclosed tags, absurd exponents, nesting.
const junk = [
  '<c r="A0"><v>1</v></c>',
  '<row r="-5">',
  '<row r="999999999999"><c r="XFE1"><v>2</v></c></row>',
  '<c t="s"><v>99999</v></c>',
  '<c t="s"><v>-1</v></c>',
  '<c s="99999"><v>1</v></c>',
  '<c s="1"><v>1e308</v></c>',
  '<c s="2"><v>9.78E-1</v></c>',
  '<c s="3"><v>-1</v></c>',
  '<c s="3"><v>1e999</v></c>',
  '&#99999999;',
  '&#x110000;',
  '_xD800_',
  '<![CDATA[<c>]]>',
  '<!-- <row> -->',
  '<mergeCell ref="A1:XFD1048576"/>',
  '<mergeCell ref="B2:A1"/>',
  '<',
  '>',
  '"',
  '</c>',
  '</row></sheetData>',
  '<is><t>',
  '<x><x><x><x>',
  '<workbookPr date1904="1"/>',
  '<numFmt numFmtId="9" formatCode="[h]:mm"/>',
];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...junk) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 500 }) }),
  fc.record({ kind: fc.constant('digits' as const), at: fc.nat(), text: fc.stringMatching(/^-?\d{1,14}$/u) }),
);

function mutateXml(xml: string, m: MutationValue): string {
  const at = xml.length === 0 ? 0 : m.at % xml.length;
  if (m.kind === 'delete') return xml.slice(0, at) + xml.slice(at + m.length);
  if (m.kind === 'duplicate') return xml.slice(0, at + m.length) + xml.slice(at);
  // Digits replace the number that follows a quote or a '>' near `at`, as a reference or value would.
  if (m.kind === 'digits') {
    const quote = xml.indexOf('"', at);
    return quote < 0 ? xml : `${xml.slice(0, quote + 1)}${m.text}${xml.slice(quote + 1).replace(/^\w+/u, '')}`;
  }
  return xml.slice(0, at) + m.text + xml.slice(at);
}
type MutationValue =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'digits'; at: number; text: string };

const RUNS = { numRuns: 300, seed: 20261201 };

describe('fuzz: readXlsx returns sheets or throws a DtiError, nothing else', () => {
  afterAll(() => {
    console.info(
      [...tally]
        .map(
          ([p, t]) =>
            `${p}: ${t.tried} tried, ${t.read} read, ${t.refused} refused with a DtiError, slowest ${t.slowestMs.toFixed(0)} ms`,
        )
        .join('\n'),
    );
  });

  it('random bytes, with and without a zip signature', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.boolean(), (bytes, signed) => {
        const input = signed ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes;
        readChecked('random bytes', input);
      }),
      RUNS,
    );
  }, 60_000);

  it('byte flips in real workbooks', () => {
    fc.assert(
      fc.property(
        fc.nat(fixtures.length - 1),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        (k, flips) => {
          const bytes = (fixtures[k] as Uint8Array).slice();
          for (const [at, value] of flips) bytes[at % bytes.length] = value;
          readChecked('byte flips', bytes);
        },
      ),
      RUNS,
    );
  }, 60_000);

  it('truncated real workbooks', () => {
    fc.assert(
      fc.property(fc.nat(fixtures.length - 1), fc.nat(), (k, cut) => {
        const bytes = fixtures[k] as Uint8Array;
        readChecked('truncations', bytes.slice(0, cut % bytes.length));
      }),
      RUNS,
    );
  }, 60_000);

  it('mutated XML parts, zipped again', () => {
    const unzipped = fixtures.map((bytes) => unzipSync(bytes));
    fc.assert(
      fc.property(
        fc.nat(fixtures.length - 1),
        fc.nat(),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        (k, p, ms) => {
          const files = { ...(unzipped[k] as Record<string, Uint8Array>) };
          const parts = Object.keys(files).filter((name) => name.startsWith('xl/') && name.endsWith('.xml'));
          const name = parts[p % parts.length] as string;
          let xml = strFromU8(files[name] as Uint8Array);
          for (const m of ms) xml = mutateXml(xml, m);
          files[name] = strToU8(xml);
          readChecked('XML mutations', zipSync(files, { level: 0 }));
        },
      ),
      RUNS,
    );
  }, 60_000);

  it('readDataset never throws on damaged workbooks: every refusal is an error issue', () => {
    const framework = defineFramework(
      testFramework({
        id: 'ho-so',
        label: 'Hồ sơ',
        root: group('root', [percentIndicator('ty-le', { label: 'Tỷ lệ hồ sơ trực tuyến (%)' })], { label: 'Chỉ số' }),
      }),
    );
    fc.assert(
      fc.property(fc.nat(fixtures.length - 1), fc.nat(), fc.integer({ min: 0, max: 255 }), (k, at, value) => {
        const bytes = (fixtures[k] as Uint8Array).slice();
        bytes[at % bytes.length] = value;
        const { issues } = readDataset(bytes, framework);
        for (const issue of issues) expect(issue.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 100, seed: 20261201 },
    );
  }, 60_000);
});
