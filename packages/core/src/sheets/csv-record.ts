import { composedLatin } from '../validate/nfc.js';
/** A quoted field as the scanner met it: where its quote opened, where it ended, and how. */
export interface QuotedField {
  /** Offset of the opening quote in the text. */
  open: number;
  /** 1-based line of the opening quote. */
  line: number;
  /** 1-based line where the field ended. */
  endLine: number;
  /** The closing quote was found. */
  closed: boolean;
  /** Text followed the closing quote before the next delimiter (`"abc"def`): no writer produces that. */
  trailing: boolean;
}

/** One record (row) of CSV text, with where it lies in the text. */
export interface CsvRecord {
  fields: string[];
  /** Offset of the record's first character. */
  start: number;
  /** Offset just past its last character, before the line break. */
  end: number;
  /** Offset of the next record. */
  next: number;
  /** 1-based line where the record starts. */
  line: number;
  /** 1-based line where the next record starts. */
  nextLine: number;
  quoted: QuotedField[];
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Shared by every record without a quoted field, so such a record allocates no list of them. */
const NO_QUOTES: QuotedField[] = [];

/**
 * Scans one CSV record starting at `start` (RFC 4180: `""` inside quotes is a quote; CRLF, LF or CR
 * end a record). A quote at an offset listed in `literal` is read as a plain character: that is how
 * the reader recovers from a quote found to be unbalanced. Fields come out in Unicode NFC; a field of
 * characters NFC on their own (ASCII, Vietnamese letters: most of a sheet) is not normalised.
 * Linear in the length of the record.
 *
 * @example scanRecord('a;"b;c"\nd', 0, 1, ';', new Set()).fields // → ['a', 'b;c']
 */
export function scanRecord(
  text: string,
  start: number,
  line: number,
  delimiter: string,
  literal: Pick<ReadonlySet<number>, 'has'>,
): CsvRecord {
  const n = text.length;
  const delim = delimiter.charCodeAt(0);
  const fields: string[] = [];
  let quoted = NO_QUOTES;
  let i = start;
  let here = line;
  for (;;) {
    if (text.charCodeAt(i) === QUOTE && !literal.has(i)) {
      const inside = unquote(text, i, here);
      // Text after the closing quote (`"abc"def`) is kept, and flagged: no writer produces it.
      const k = fieldEnd(text, inside.after, delim);
      if (quoted === NO_QUOTES) quoted = [];
      quoted.push({ open: i, line: here, endLine: inside.endLine, closed: inside.closed, trailing: k > inside.after });
      fields.push((inside.value + text.slice(inside.after, k)).normalize('NFC'));
      here = inside.endLine;
      i = k;
    } else {
      let k = i;
      let wide = 0;
      while (k < n) {
        const c = text.charCodeAt(k);
        if (c === delim || c === LF || c === CR) break;
        wide |= composedLatin(c) ? 0 : 1;
        k++;
      }
      fields.push(wide === 0 ? text.slice(i, k) : text.slice(i, k).normalize('NFC'));
      i = k;
    }
    if (i >= n) return { fields, start, end: n, next: n, line, nextLine: here, quoted };
    if (text.charCodeAt(i) === delim) {
      i++;
      if (i >= n) {
        fields.push('');
        return { fields, start, end: n, next: n, line, nextLine: here, quoted };
      }
      continue;
    }
    const end = i;
    i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    return { fields, start, end, next: i, line, nextLine: here + 1, quoted };
  }
}

/**
 * The quoted part of a field, from its opening quote at `open` (on line `line`) to its closing quote:
 * the text inside with `""` read as `"`, the offset just past the closing quote (the end of the text
 * when none closes it), and the line it ended on.
 */
function unquote(
  text: string,
  open: number,
  line: number,
): { value: string; after: number; endLine: number; closed: boolean } {
  const n = text.length;
  let here = line;
  let value = '';
  let i = open + 1;
  let from = i;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      if (text.charCodeAt(i + 1) !== QUOTE)
        return { value: value + text.slice(from, i), after: i + 1, endLine: here, closed: true };
      value += text.slice(from, i + 1);
      i += 2;
      from = i;
      continue;
    }
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) here++;
    i++;
  }
  return { value: value + text.slice(from, n), after: n, endLine: here, closed: false };
}

/** Where a field's text from `from` ends: at the next delimiter or line break, or the end of the text. */
function fieldEnd(text: string, from: number, delim: number): number {
  let k = from;
  while (k < text.length) {
    const c = text.charCodeAt(k);
    if (c === delim || c === LF || c === CR) break;
    k++;
  }
  return k;
}

/**
 * Whether the text of a record, read again with the quote as a plain character, is rows of the usual
 * field count: then the quote, not the rows, is what is wrong.
 *
 * @example readsAsRows('a;"b\nc;d"\n', record, record.quoted[0], ';', new Set(), 2) // → true: rows a;"b and c;d"
 */
export function readsAsRows(
  text: string,
  record: CsvRecord,
  field: QuotedField,
  delimiter: string,
  literal: Pick<ReadonlySet<number>, 'has'>,
  expected: number,
): boolean {
  const plain = { has: (offset: number) => offset === field.open || literal.has(offset) };
  let at = record.start;
  let line = record.line;
  while (at < record.next) {
    const again = scanRecord(text, at, line, delimiter, plain);
    if (again.fields.length !== expected || again.quoted.some((q) => q.endLine > q.line || !q.closed)) return false;
    at = again.next;
    line = again.nextLine;
  }
  return at === record.next;
}
