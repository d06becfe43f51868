import type { Dataset } from '../schema/dataset.js';
import type { Framework } from '../schema/framework.js';
import { type PreparedDataset, validateDataset } from '../validate/dataset.js';
import { DtiError, type DtiIssue } from '../validate/issue.js';
import { strictly } from '../validate/strict.js';
import { readCsv } from './csv.js';
import { type SheetDataset, type SheetToDatasetOptions, sheetToDataset } from './layout.js';
import type { Sheet } from './sheet.js';
import { type ReadXlsxOptions, readXlsx } from './xlsx.js';

/** Options of {@link readSheets}: a name for CSV input, and for workbooks the sheet and the limits. */
export interface ReadSheetsOptions extends ReadXlsxOptions {
  /** A name for CSV input in messages, e.g. the file name. */
  name?: string;
}

/** Options of {@link readDataset}. */
export interface ReadDatasetOptions extends SheetToDatasetOptions, ReadSheetsOptions {
  /** The sheet of a workbook to read, by name; default: the first sheet whose headers match. */
  sheet?: string;
}

/** What {@link readDataset} found: the dataset, its validated columns when there are no errors, all issues. */
export interface ReadResult {
  dataset: Dataset;
  /** Present when no error was found: ready for `score`. */
  prepared?: PreparedDataset;
  issues: DtiIssue[];
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DtiError(
      'the file is neither UTF-8 text nor an .xlsx workbook: save the CSV as "CSV UTF-8"',
      'invalid-format',
    );
  }
}

/**
 * Reads the sheets of a file's bytes or text: an .xlsx workbook (recognised by its zip signature,
 * whatever the file is called) or CSV text (UTF-8 or UTF-16 with a byte-order mark). Workbooks are
 * read within the limits of {@link ReadXlsxOptions}; a file refused throws a `DtiError`.
 *
 * @example const sheets = readSheets(new Uint8Array(await file.arrayBuffer()), { name: file.name });
 */
export function readSheets(input: string | Uint8Array, options: ReadSheetsOptions = {}): Sheet[] {
  if (typeof input === 'string') return [readCsv(input, options.name ? { name: options.name } : {})];
  if (isZip(input)) {
    const { sheet, maxBytes, maxCells } = options;
    return readXlsx(input, { sheet, maxBytes, maxCells });
  }
  return [readCsv(decodeText(input), options.name ? { name: options.name } : {})];
}

/**
 * From a spreadsheet (CSV or XLSX) or a JSON dataset (as an object, text or bytes) to validated columns, in one
 * call. Every problem comes back at once: unreadable cells and unknown columns from the sheet, then
 * what the dataset validation finds, located at the cell it came from.
 *
 * @example
 * const { prepared, issues } = readDataset(bytes, await loadPreset('self-assessment-template'));
 * if (prepared) show(score(framework, prepared)); else for (const i of issues) console.error(i.message);
 */
export function readDataset(
  input: string | Uint8Array | Dataset,
  framework: Framework,
  options: ReadDatasetOptions = {},
): ReadResult {
  if (typeof input === 'object' && !(input instanceof Uint8Array))
    return finish(input, [], framework, undefined, options.strict);
  // A JSON dataset given as text or bytes (a file picked in a browser, say): parse it, whatever its name.
  const json = jsonText(input);
  if (json !== undefined) {
    try {
      return finish(JSON.parse(json) as Dataset, [], framework, undefined, options.strict);
    } catch (error) {
      return {
        dataset: { units: [] },
        issues: [
          {
            severity: 'error',
            code: 'invalid-format',
            path: [],
            message: `not valid JSON: ${(error as Error).message}`,
          },
        ],
      };
    }
  }
  let sheets: Sheet[];
  try {
    const { name, sheet, maxBytes, maxCells } = options;
    sheets = readSheets(input, { name, sheet, maxBytes, maxCells });
  } catch (error) {
    // A refused file (too large, not a workbook) is an issue like any other, with the reader's code.
    const code = error instanceof DtiError ? error.code : 'invalid-format';
    return {
      dataset: { units: [] },
      issues: [{ severity: 'error', code, path: [], message: (error as Error).message }],
    };
  }
  const chosen = options.sheet ? sheets.filter((s) => s.name === options.sheet) : sheets;
  if (chosen.length === 0)
    return {
      dataset: { units: [] },
      issues: [
        {
          severity: 'error',
          code: 'invalid-format',
          path: [],
          message: `no sheet "${options.sheet}"; sheets: ${sheets.map((s) => s.name).join(', ')}`,
        },
      ],
    };
  // The first sheet whose headers match the framework.
  let read: SheetDataset | undefined;
  for (const sheet of chosen) {
    read = sheetToDataset(sheet, framework, options);
    if (!read.issues.some((i) => i.code === 'no-header')) break;
  }
  // sheetToDataset puts what the reader found in the file itself (malformed references, hidden rows)
  // first in its issues.
  const result = read as SheetDataset;
  return finish(result.dataset, result.issues, framework, result, options.strict);
}

/** The text of a JSON document (it starts with "{"), or undefined for anything else. */
function jsonText(input: string | Uint8Array): string | undefined {
  if (typeof input === 'string') return /^\uFEFF?\s*\{/u.test(input) ? input.replace(/^\uFEFF/u, '') : undefined;
  if (isZip(input)) return undefined;
  let i = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? 3 : 0;
  while (i < input.length && (input[i] === 0x20 || input[i] === 0x0a || input[i] === 0x0d || input[i] === 0x09)) i++;
  return input[i] === 0x7b ? decodeText(input).replace(/^\uFEFF/u, '') : undefined;
}

function finish(
  dataset: Dataset,
  sheetIssues: DtiIssue[],
  framework: Framework,
  sheet: SheetDataset | undefined,
  strict: boolean | undefined,
): ReadResult {
  if (sheetIssues.some((i) => i.severity === 'error')) return { dataset, issues: sheetIssues };
  const validated = validateDataset(framework, dataset);
  const located = (validated.success ? validated.warnings : validated.issues).map((issue): DtiIssue => {
    const [units, u, values, key] = issue.path;
    if (!sheet || units !== 'units' || typeof u !== 'number') return issue;
    const cell = values === 'values' && typeof key === 'string' ? sheet.locate(u, key) : undefined;
    const row = sheet.rows[u];
    const column = cell?.header ? ` (column "${cell.header}")` : '';
    if (cell) return { ...issue, cell, message: `${cell.sheet}!${cell.column}${cell.row}: ${issue.message}${column}` };
    return row === undefined ? issue : { ...issue, message: `row ${row}: ${issue.message}` };
  });
  // What the sheet already said with its cell and header is not said again: an indicator whose column
  // the sheet lacks (named with the nearest header), a % value out of range (with its likely reading).
  const named = new Set(sheetIssues.filter((i) => i.code === 'missing-column').map((i) => i.indicator));
  const flagged = new Set(
    sheetIssues.filter((i) => i.code === 'suspicious-value').map((i) => `${i.unit}\u0000${i.indicator}`),
  );
  const again = (i: DtiIssue) =>
    (i.code === 'missing-column' && named.has(i.indicator)) ||
    (i.code === 'suspicious-value' && flagged.has(`${i.unit}\u0000${i.indicator}`));
  const all = [...sheetIssues, ...located.filter((i) => !again(i))];
  const issues = strict ? strictly(all) : all;
  return validated.success && !issues.some((i) => i.severity === 'error')
    ? { dataset, prepared: validated.data, issues }
    : { dataset, issues };
}
