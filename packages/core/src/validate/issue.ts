import type { core } from 'zod/mini';
import type { UnreportedOutcome } from '../missing/unreported.js';

/**
 * Machine-readable kinds of problem, stable across versions. `tiers-not-increasing` is a former code,
 * kept so code that matches it still compiles, and no longer reported: two tiers that start at the same
 * minimum (the only case it ever named) are `duplicate-tier-minimum`. `deprecated` is a warning that an
 * input used a former spelling, which is still read the same way. `tier-gap` is a warning that the
 * lowest tier starts above the scale's minimum, so the scores below it fall in no tier. `reading-note`
 * is a warning, once per column, saying how cells were read where the reading is certain but easily
 * misjudged: a decimal mark of the other number convention (`other-decimal-mark`: "0.500" in a
 * Vietnamese-convention file), placeholder text such as "N/A" read as missing (`placeholder`); once per sheet, the rows above
 * the header, not read as data (`rows-above-header`: a title row); `strict` leaves it a warning. `degenerate-scenario` is a warning of an uncertainty analysis: a combination of
 * assumptions (e.g. the geometric mean with missing scores 0) under which most units tied at one rank,
 * so its runs were left out of the rank intervals.
 */
export type IssueCode =
  | 'invalid-format'
  | 'duplicate-id'
  | 'duplicate-unit'
  | 'unknown-reference'
  | 'unknown-indicator'
  | 'empty-group'
  | 'points-mismatch'
  | 'zero-weight-group'
  | 'impossible-goalposts'
  | 'target-outside-scale'
  | 'tier-outside-scale'
  | 'tiers-not-increasing'
  | 'duplicate-tier-minimum'
  | 'tier-gap'
  | 'deprecated'
  | 'missing-target'
  | 'missing-points'
  | 'bad-steps'
  | 'invalid-value'
  | 'value-out-of-domain'
  | 'undefined-ratio'
  | 'constant-indicator'
  | 'unreadable-cell'
  | 'unknown-column'
  | 'bound-value'
  | 'no-header'
  | 'missing-unit-id'
  | 'skipped-row'
  | 'cell-error'
  | 'missing-column'
  | 'suspicious-value'
  | 'malformed-sheet'
  | 'malformed-csv'
  | 'limit-exceeded'
  | 'hidden-row'
  | 'hidden-column'
  | 'duplicate-column'
  | 'duplicate-value'
  | 'merged-cells'
  | 'several-sheets'
  | 'reading-note'
  | 'look-alike-unit'
  | 'degenerate-scenario';

/**
 * Where in a spreadsheet an issue was found: sheet, 1-based row, column letters, the text there, and
 * the column's header as the file writes it, which is what the person fixing the data sees.
 *
 * @example { sheet: 'Số liệu', row: 6, column: 'D', text: 'nhiều', header: 'Tỷ lệ văn bản điện tử (%)' }
 */
export interface CellLocation {
  sheet: string;
  row: number;
  column: string;
  text: string;
  /** The header of the cell's column, when the sheet has one. */
  header?: string;
}

/**
 * One problem found in a framework or a dataset. It names where (`path`), and, when it concerns data,
 * which unit, which indicator and which value.
 *
 * @example
 * { severity: 'error', code: 'invalid-value', path: ['units', 3, 'values', 'online_share'],
 *   unit: 'gia-lam', indicator: 'online_share', value: 'NaN',
 *   message: 'unit "gia-lam", indicator "online_share": value NaN is not a finite number' }
 */
export interface DtiIssue {
  severity: 'error' | 'warning';
  code: IssueCode;
  message: string;
  path: (string | number)[];
  unit?: string;
  indicator?: string;
  value?: unknown;
  /** For data read from a spreadsheet: the cell. */
  cell?: CellLocation;
  /** A machine-readable sub-reason (e.g. `range`, `non-negative`), for messages in other languages. */
  detail?: string;
  /** The Vietnamese labels of other ids the issue names (e.g. the fields a formula reads), by id. */
  labels?: Record<string, string>;
  /**
   * The whole message in Vietnamese, when the code that raised it wrote one (a reader's refusal, a value
   * beyond its goalposts, whose message names the goalposts the issue's fields do not carry).
   */
  messageVi?: string;
  /**
   * For a computed indicator read from a sheet: the cells of the fields its formula read, with the
   * number read in each (`cell` is the one that caused the issue, e.g. a zero denominator).
   */
  inputs?: { cell: CellLocation; value: number }[];
  /**
   * For a `missing-column` warning: what scoring did with the indicator nobody reported, by the
   * framework's missing-value policy: `zero` (every unit scores 0 on it), `skip` (scored without it,
   * its weight shared among its siblings; also `mean`/`median`, with nothing to impute from), or the
   * previous period's value with either as the fallback. For a `nothing-to-estimate` warning, `skip`:
   * a mean or median within the unit's parent had no other unit's value to estimate from.
   */
  outcome?: UnreportedOutcome;
  /**
   * For a note given once for a column (a placeholder read as missing, a decimal mark of the other
   * convention, a thousands reading, a percentage read as a 0–1 share): every cell it covers, in file
   * order, with the unit of its row, its 1-based row and column letters, its text and the number read
   * (none for a placeholder). The message counts them and names the first few.
   *
   * @example [{ unit: 'HN', row: 4, column: 'C', text: 'N/A' }, { unit: 'HP', row: 9, column: 'C', text: '-' }]
   */
  cells?: { unit: string; row: number; column: string; text: string; value?: number }[];
}

/**
 * The one error type DTI Kit throws on purpose: bad input (a framework, a dataset, a file) with a
 * message a person can act on, and a machine-readable `code`. Anything else thrown is a bug.
 *
 * @example
 * try { readXlsx(bytes) } catch (e) { if (e instanceof DtiError && e.code === 'limit-exceeded') tooLarge(e.message) }
 */
export class DtiError extends Error {
  readonly code: IssueCode;
  /**
   * The same refusal in Vietnamese, for the people who read it on a page or a terminal; `message` stays
   * English, the language of stack traces and logs. Undefined for errors only a developer meets.
   */
  readonly vi: string | undefined;
  constructor(message: string, code: IssueCode, vi?: string) {
    super(message);
    this.name = 'DtiError';
    this.code = code;
    this.vi = vi;
  }
}

/**
 * Thrown by the validating entry points; `issues` holds every problem found, not just the first.
 *
 * @example
 * try { defineFramework(json) } catch (e) { if (e instanceof DtiValidationError) console.table(e.issues) }
 */
export class DtiValidationError extends DtiError {
  readonly issues: DtiIssue[];
  constructor(what: string, issues: DtiIssue[]) {
    const errors = issues.filter((i) => i.severity === 'error');
    const shown = errors
      .slice(0, 10)
      .map((i) => `  - ${i.message}`)
      .join('\n');
    const more = errors.length > 10 ? `\n  … and ${errors.length - 10} more` : '';
    super(
      `${what}: ${errors.length} problem${errors.length === 1 ? '' : 's'}\n${shown}${more}`,
      errors[0]?.code ?? 'invalid-format',
    );
    this.name = 'DtiValidationError';
    this.issues = issues;
  }
}

/** The result of a non-throwing validation: the data, or every problem found. */
export type SafeResult<T> = { success: true; data: T; warnings: DtiIssue[] } | { success: false; issues: DtiIssue[] };

/** How many characters of a file's text an issue quotes. */
const LONGEST_QUOTED = 120;

/**
 * Text shortened for a message: at most 120 characters and an ellipsis. A hostile cell of megabytes
 * must not become a message of megabytes (and a terminal flooded with it); 120 characters still say
 * which text it is.
 *
 * @example clip('a'.repeat(500)).length // → 121; clip('97,8%') // → '97,8%'
 */
export function clip(text: string, length = LONGEST_QUOTED): string {
  if (text.length <= length) return text;
  // Not between the two halves of a surrogate pair (an emoji, a rare Hán character).
  const code = text.charCodeAt(length - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? length - 1 : length;
  return `${text.slice(0, end)}…`;
}

/** Renders a value for a message: strings quoted (at most 120 characters), numbers as JavaScript prints them. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(clip(value));
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined)
    return String(value);
  try {
    return JSON.stringify(value).slice(0, 60);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/**
 * The middle of a data issue's message, from the unit's closing quote to the value: the same for every
 * value of one indicator, so a check that warns about many values of a column writes it once.
 *
 * @example `unit "hn${indicatorHead('online')}97.8 …` // → 'unit "hn", indicator "online": value 97.8 …'
 */
export function indicatorHead(indicator: string): string {
  return `", indicator "${clip(indicator)}": value `;
}

/** Builds a data issue whose message starts with the unit and the indicator. */
export function dataIssue(
  code: IssueCode,
  unit: string,
  indicator: string,
  value: unknown,
  path: (string | number)[],
  problem: string,
  severity: DtiIssue['severity'] = 'error',
): DtiIssue {
  return {
    severity,
    code,
    message: `unit "${clip(unit)}${indicatorHead(indicator)}${showValue(value)} ${problem}`,
    path,
    unit,
    indicator,
    value,
  };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = root;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

const list = (xs: readonly unknown[]) => xs.map((x) => showValue(x)).join(', ');

/**
 * A readable message for a zod issue. zod/mini carries no message catalogue (it would weigh on every
 * widget bundle), so the messages are written here from the issue's structured fields.
 */
function describeZodIssue(issue: core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length === 1 ? '' : 's'} ${list(issue.keys)} (misspelt?)`;
    case 'invalid_union':
      return 'note' in issue && issue.note === 'No matching discriminator' && 'options' in issue
        ? `must be one of ${list(issue.options as unknown[])}`
        : 'matches none of the allowed forms';
    case 'invalid_value':
      return `must be ${issue.values.length === 1 ? '' : 'one of '}${list(issue.values)}`;
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `must have at least ${issue.minimum} ${issue.origin === 'string' ? 'character' : 'item'}${Number(issue.minimum) === 1 ? '' : 's'}`
        : `must be ${issue.inclusive ? '≥' : '>'} ${issue.minimum}`;
    case 'too_big':
      return `must be ${issue.inclusive ? '≤' : '<'} ${issue.maximum}`;
    case 'invalid_format':
      return issue.message && issue.message !== 'Invalid input' ? issue.message : `must be a valid ${issue.format}`;
    default:
      return issue.message;
  }
}

/** Turns zod's issues into ours, naming the unit and the value where the path leads to one. */
export function fromZodIssues(issues: readonly core.$ZodIssue[], input: unknown): DtiIssue[] {
  return issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const value = valueAt(input, issue.path);
    const out: DtiIssue = {
      severity: 'error',
      code: 'invalid-format',
      message: `${path.length ? path.join('.') : '(root)'}: ${describeZodIssue(issue)}${value === undefined || issue.code === 'unrecognized_keys' ? '' : ` (found ${showValue(value)})`}`,
      path,
    };
    if (value !== undefined) out.value = value;
    if (path[0] === 'units' && typeof path[1] === 'number') {
      const unit = valueAt(input, ['units', path[1], 'id']);
      if (typeof unit === 'string') {
        out.unit = unit;
        out.message = `unit "${clip(unit)}": ${out.message}`;
      }
      if (path[2] === 'values' && typeof path[3] === 'string') out.indicator = path[3];
    }
    return out;
  });
}
