import type { NumberLocale } from '../schema/dataset.js';
import { DtiError } from '../validate/issue.js';
import { multiplierWord, scaled } from './multiplier-words.js';
import { badNumberSpaces, mixedNumberSpaces } from './number-spaces.js';

/** A cell's text read as a value. */
export type ParsedValue =
  | {
      kind: 'missing';
      /** The cell held a spreadsheet's error literal, such as `#DIV/0!`: a failed formula, not a blank. */
      error?: string;
    }
  | {
      kind: 'number';
      value: number;
      /** The text ended with `%`: `value` is in percent. */
      percent: boolean;
      /** "trên 75%" is at least 75 (`lower`); "dưới 5%" at most 5 (`upper`). */
      bound?: 'lower' | 'upper';
      /** "10/21": the share's parts; `value` is numerator / denominator. */
      share?: { numerator: number; denominator: number };
      /**
       * One separator after 1–3 digits (not a leading 0) and before exactly three, which the two locales
       * read differently: "1,000" (vi) or "1.000" (en) is read as 1 but may mean 1000; "2.528" (vi) or
       * "2,528" (en) is read as 2528 but may mean 2.528. Read the locale's way; which of the two
       * readings was used follows from the mark and the locale.
       */
      ambiguous?: true;
      /**
       * The decimal mark read was the other locale's: a dot in `vi` ("0.500", "12.50", "1,234.5"), a
       * comma in `en` ("1,5"). Such text cannot be read any other way, but it says the column may follow
       * the other convention. Set only when asked for with {@link ParseValueOptions.otherMark}.
       */
      otherMark?: true;
      /**
       * The words after the number, which are not read ("tổ" in "163 tổ", "người" in "30 người"), folded
       * to lower case. Set only when asked for with {@link ParseValueOptions.words}: a reader checks them
       * against the indicator's unit.
       */
      words?: string;
    }
  | { kind: 'boolean'; value: boolean }
  | {
      kind: 'error';
      reason: string;
      /**
       * Why, as a code: `range`, `share`, `share-over-zero`, `not-a-value`, `number-format`, `date`;
       * `number-spaces` for spaces that do not group thousands in threes ("9 5", "12 50"), `multiplier`
       * for a word that scales the number ("2 triệu", "3k"), `letter-for-digit` for the letter O, o, l
       * or I typed against the digits for 0 or 1 ("9O", "1l").
       */
      problem:
        | 'range'
        | 'share'
        | 'share-over-zero'
        | 'not-a-value'
        | 'number-format'
        | 'number-spaces'
        | 'multiplier'
        | 'letter-for-digit'
        | 'date';
      /** For `multiplier`: the word as written, folded to lower case, and the number it makes ("2 triệu": 2000000). */
      multiplier?: { word: string; whole: number };
    };

/**
 * The spreadsheet error literal a cell holds (`#DIV/0!`, `#N/A`, …), upper-cased, or `undefined`.
 *
 * @example spreadsheetError(' #n/a ') // → '#N/A'
 */
export function spreadsheetError(text: string): string | undefined {
  // Every literal starts with "#": most cells are told apart without a copy in upper case.
  const hash = text.indexOf('#');
  if (hash < 0 || text.slice(0, hash).trim() !== '') return undefined;
  const literal = text.trim().toUpperCase();
  return ERROR_LITERALS.has(literal) ? literal : undefined;
}

/**
 * No value is written in more than 200 characters: longer text is a note, a pasted paragraph or a
 * hostile cell, and is not read as a number, folded or searched. Without this bound a cell of 10^6
 * digits read as `Infinity`, and one of 250 digits as 10^250.
 */
const LONGEST_VALUE = 200;
const notAValue = (): ParsedValue => ({
  kind: 'error',
  reason: 'not a number, a share, yes/no or empty',
  problem: 'not-a-value',
});
const spacedDigits = (): ParsedValue => ({
  kind: 'error',
  reason:
    'its spaces do not group thousands in threes (as in "2 528" or "1 000 000"), so it may be two values in one cell: enter one number',
  problem: 'number-spaces',
});

/** Options of {@link parseValue}. */
export interface ParseValueOptions {
  /**
   * `vi` (default): comma is the decimal mark and dot groups thousands ("97,8", "2.528"); a dot that
   * cannot be a thousands separator ("0.6961") is read as a decimal point. `en`: the reverse.
   */
  locale?: NumberLocale;
  /**
   * Flag a number whose decimal mark is the other locale's (`otherMark`), as the sheet readers do to
   * say so once per column. Off by default: most callers want the value alone.
   */
  otherMark?: boolean;
  /**
   * Keep the words after a number (`words`: "người" in "30 người"), as the sheet readers do to check
   * them against a % indicator. Off by default.
   */
  words?: boolean;
}

// Defined with the dataset shapes: validation's out-of-range check reads it too, before any sheet.
export type { NumberLocale };

/** The number locales {@link parseValue} knows. */
export const NUMBER_LOCALES: readonly NumberLocale[] = ['vi', 'en'];

/**
 * The locale asked for, checked: an unknown one would silently read every number the Vietnamese way.
 *
 * @example numberLocale(undefined) // → 'vi'; numberLocale('xx') throws DtiError('invalid-format')
 */
export function numberLocale(locale: unknown): NumberLocale {
  if (locale === undefined) return 'vi';
  if (locale === 'vi' || locale === 'en') return locale;
  throw new DtiError(
    `unknown number locale ${JSON.stringify(locale)}: use ${NUMBER_LOCALES.map((l) => `"${l}"`).join(' or ')}`,
    'invalid-format',
  );
}

/**
 * What Excel, LibreOffice and Google Sheets show in a cell whose formula failed. Such a cell has no
 * value; reading "#DIV/0!" as text or zero would hide a broken sheet.
 */
const ERROR_LITERALS = new Set([
  '#DIV/0!',
  '#N/A',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
]);

const MISSING = new Set([
  '',
  '-',
  '–',
  '—',
  '_',
  '?',
  'n/a',
  'na',
  'k/c',
  'kcsl',
  'không có số liệu',
  'chưa có số liệu',
  'chưa báo cáo',
]);
// Vietnamese is often typed without its diacritics ("co", "khong", "KHONG"): each word is listed
// written both ways. Only these words are read so, never any text folded: "cố" or "cỏ" is not "có".
// No unaccented word below is also another one's: "dat" (đạt) is yes, "khong dat" no, "chua co" no,
// and "chua co so lieu" (missing) is not "chua co".
const YES = new Set([
  'có',
  'đạt',
  'x',
  '✓',
  '✔',
  'yes',
  'true',
  'đã có',
  'đã triển khai',
  'hoàn thành',
  'rồi',
  'co',
  'dat',
  'da co',
  'da trien khai',
  'hoan thanh',
  'roi',
]);
const NO = new Set([
  'không',
  'không đạt',
  'chưa',
  'chưa đạt',
  'chưa có',
  'no',
  'false',
  'chưa triển khai',
  'chưa hoàn thành',
  'khong',
  'khong dat',
  'chua',
  'chua dat',
  'chua co',
  'chua trien khai',
  'chua hoan thanh',
]);
/**
 * ISO dates with an optional time (`2024-01-05`, `2024-01-05T08:30:00`) and day-month-year dates
 * (`5/1/2024`, `05-01-2024`, `05.01.2024`). A four-digit year is what tells "1/2/2024" (a date) from
 * "10/21" (a share).
 */
const DATE =
  /^(?:\d{4}-\d{1,2}-\d{1,2}(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?|\d{1,2}([/.-])\d{1,2}\1\d{4})$/u;
const LOWER_WORDS = /^(?:trên|hơn|ngoài|ít nhất|tối thiểu|từ|>=|≥|>)\s*/u;
const UPPER_WORDS = /^(?:dưới|chưa tới|chưa đến|không quá|tối đa|gần|<=|≤|<)\s*/u;

/** Folds text for comparisons: NFC, lower case, single spaces. */
export function foldSpaces(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\u00a0\u202f]+/gu, ' ')
    .trim()
    .toLowerCase();
}

// Thousands grouping: "2.528" in Vietnamese, "2,528" in English. Written out, since `\,` is not a valid
// escape in a `u`-flag RegExp.
const GROUPED: Record<NumberLocale, RegExp> = {
  vi: /^[-+]?[1-9]\d{0,2}(?:\.\d{3})+$/u,
  en: /^[-+]?[1-9]\d{0,2}(?:,\d{3})+$/u,
};

/** A number read from text, and whether its decimal mark was the other locale's. */
interface ReadNumber {
  value: number;
  otherMark: boolean;
}

function readNumber(text: string, locale: NumberLocale): ReadNumber | undefined {
  // "9 5" is not 95: a space inside a number only groups thousands in threes.
  if (badNumberSpaces(text, locale)) return undefined;
  const t = text.replace(/[\s\u00a0\u202f']/gu, '').replace(/^[−–]/u, '-');
  if (!/^[-+]?(?:\d|[.,]\d)[\d.,]*$/u.test(t)) return undefined;
  const decimal = locale === 'vi' ? ',' : '.';
  const group = locale === 'vi' ? '.' : ',';
  const hasDecimal = t.includes(decimal);
  const hasGroup = t.includes(group);
  let normalised: string;
  let otherMark = false;
  if (hasDecimal && hasGroup) {
    // Both marks: the last one is the decimal mark, whatever the locale says.
    const last = Math.max(t.lastIndexOf('.'), t.lastIndexOf(','));
    const dec = t[last] as string;
    const grp = dec === '.' ? ',' : '.';
    if (t.indexOf(dec) !== last) return undefined;
    // The marks before the decimal one must group in threes ("1.234,5"), or "1,2.3" would read as 12.3.
    const whole = t.slice(0, last);
    if (!GROUPED[grp === '.' ? 'vi' : 'en'].test(whole)) return undefined;
    normalised = t.split(grp).join('').replace(dec, '.');
    otherMark = dec !== decimal;
  } else if (hasGroup) {
    // "2.528" (vi) is two thousand five hundred; "0.6961" cannot be grouped, so it is a decimal.
    if (GROUPED[locale].test(t)) normalised = t.split(group).join('');
    else if (t.split(group).length === 2) {
      normalised = t.replace(group, '.');
      otherMark = true;
    } else return undefined;
  } else if (hasDecimal) {
    if (t.split(decimal).length !== 2) return undefined;
    normalised = t.replace(decimal, '.');
  } else normalised = t;
  const value = Number(normalised);
  return Number.isFinite(value) ? { value, otherMark } : undefined;
}

/**
 * Whether a text {@link parseValue} flagged `ambiguous` was read with its mark as the thousands
 * separator ("2.528" in vi, "2,528" in en: 2528) rather than as the decimal mark ("1,000" in vi: 1).
 *
 * @example readAsThousands('2.528', 'vi') // → true; readAsThousands('1,000', 'vi') // → false
 */
export function readAsThousands(text: string, locale: NumberLocale): boolean {
  return text.includes(locale === 'vi' ? '.' : ',');
}

/** What {@link plainVietnameseNumber} read last: one object for every cell, so a cell allocates nothing. */
export const PLAIN = { value: 0, percent: false, ambiguous: false };

const ZERO = 0x30;
const NINE = 0x39;
const isDigit = (c: number) => c >= ZERO && c <= NINE;
/** Powers of ten up to 10^15: any integer of 15 digits or fewer over one of them is exact. */
const TENS = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * Whether the text is a plain Vietnamese number, `-?(\d+|[1-9]\d{0,2}(\.\d{3})+)(,\d+)?%?` ("97,8%",
 * "2.528", "429"), read into {@link PLAIN} if so; never for text over 200 characters. One pass over the characters, no allocation: the
 * value is the quotient of two exact integers, which is the correctly rounded decimal `Number()` gives;
 * beyond 15 digits it is left to `Number()` itself.
 *
 * @example plainVietnameseNumber('97,8%') && PLAIN.value // → 97.8
 */
export function plainVietnameseNumber(text: string): boolean {
  const n = text.length;
  if (n > LONGEST_VALUE) return false;
  const first = text.charCodeAt(0) === 0x2d ? 1 : 0;
  let i = first;
  let whole = 0;
  while (i < n && isDigit(text.charCodeAt(i))) whole = whole * 10 + (text.charCodeAt(i++) - ZERO);
  const lead = i - first;
  if (lead === 0) return false;
  let groups = 0;
  // Thousands dots: after 1–3 digits not starting with 0, groups of exactly three digits.
  while (text.charCodeAt(i) === 0x2e) {
    if (groups === 0 && (lead > 3 || text.charCodeAt(first) === ZERO)) return false;
    for (let k = 1; k <= 3; k++) if (!isDigit(text.charCodeAt(i + k))) return false;
    if (isDigit(text.charCodeAt(i + 4))) return false;
    for (let k = 1; k <= 3; k++) whole = whole * 10 + (text.charCodeAt(i + k) - ZERO);
    groups++;
    i += 4;
  }
  const wholeEnd = i;
  let fraction = 0;
  let places = 0;
  if (text.charCodeAt(i) === 0x2c) {
    i++;
    while (i < n && isDigit(text.charCodeAt(i))) {
      fraction = fraction * 10 + (text.charCodeAt(i++) - ZERO);
      places++;
    }
    if (places === 0) return false;
  }
  const percent = i === n - 1 && text.charCodeAt(i) === 0x25;
  if (i !== n && !percent) return false;
  const digits = lead + 3 * groups;
  const scale = TENS[places];
  const value =
    digits + places <= 15 && scale !== undefined
      ? (whole * scale + fraction) / scale
      : Number(
          `${text.slice(first, wholeEnd).replaceAll('.', '')}.${places > 0 ? text.slice(wholeEnd + 1, wholeEnd + 1 + places) : '0'}`,
        );
  PLAIN.value = first === 1 ? -value : value;
  PLAIN.percent = percent;
  // "1,000" read as 1, or "2.528" read as 2528 (one group, no fraction): the other locale reads it the other way.
  PLAIN.ambiguous =
    (places === 3 && groups === 0 && lead <= 3 && text.charCodeAt(first) !== ZERO) || (groups === 1 && i === wholeEnd);
  return true;
}

/**
 * Reads a spreadsheet cell as Vietnamese portals and reports write it:
 *
 * | text                    | value                                      |
 * | ----------------------- | ------------------------------------------ |
 * | `97,8%`                 | 97.8, percent                              |
 * | `2.528`, `1.234.567,89` | 2528, 1234567.89                           |
 * | `0.6961`                | 0.6961 (a dot that cannot group thousands) |
 * | `10/21`, `10/21 xã`     | 0.476…, share 10 of 21                     |
 * | `trên 75%`, `hơn 2.700` | 75 (lower bound), 2700 (lower bound)       |
 * | `dưới 5%`               | 5 (upper bound)                            |
 * | `163 tổ`                | 163 (unit words after a number are dropped)|
 * | `9O`, `1l`              | error: a letter typed for the digit 0 or 1 |
 * | `2 528`, `1 000 000`    | 2528, 1000000 (spaces grouping in threes)  |
 * | `9 5`, `12 50`          | error: spaces that group nothing in threes |
 * | `2 triệu`, `3k`, `3 tỷ` | error: a multiplier word; write 2000000    |
 * | `có`, `đạt`, `x`        | yes; `không`, `không đạt`, `chưa`: no      |
 * | `co`, `khong`, `KHONG`  | the same words typed without diacritics    |
 * | empty, `-`, `n/a`       | missing                                    |
 * | `70–90%`                | error: a range, not one value              |
 * | `2024-01-05`, `5/1/2024`| error: a date, not a number                |
 * | `#DIV/0!`, `#N/A`, …    | missing, with `error` set to the literal   |
 * | over 200 characters     | error: not a value (a note, a paragraph)   |
 *
 * Text is normalised to Unicode NFC first, so decomposed input (typed on a Mac) reads the same.
 * An unknown `locale` throws a `DtiError` (code `invalid-format`).
 *
 * @example parseValue('97,8%') // → { kind: 'number', value: 97.8, percent: true }
 */
export function parseValue(text: string, options: ParseValueOptions = {}): ParsedValue {
  const locale = numberLocale(options.locale);
  // First: no value (not even "#N/A") is written in hundreds of characters.
  if (text.length > LONGEST_VALUE) return notAValue();
  // Fast path for the plain Vietnamese numbers that make up most sheets: "97,8%", "2.528", "429".
  if (locale === 'vi' && plainVietnameseNumber(text)) {
    const { value, percent, ambiguous } = PLAIN;
    return { kind: 'number', value, percent, ...(ambiguous && { ambiguous: true }) };
  }
  const error = spreadsheetError(text);
  if (error) return { kind: 'missing', error };
  // Folding makes every space alike: a number grouped with two kinds of space is caught before.
  if (mixedNumberSpaces(text)) return spacedDigits();
  let t = foldSpaces(text);
  if (MISSING.has(t)) return { kind: 'missing' };
  if (YES.has(t)) return { kind: 'boolean', value: true };
  if (NO.has(t)) return { kind: 'boolean', value: false };

  const { bound, rest } = splitBound(t);
  t = rest;

  // "2024-01-05" (also what a date-formatted workbook cell reads as) or "05/01/2024": a date typed or
  // formatted where a number belongs. Without this it would read as the range 2024 to 01.
  if (DATE.test(t)) return { kind: 'error', reason: 'a date, not a number: enter the number itself', problem: 'date' };

  // A range such as "70–90%" or "70 - 90" is two values: refuse rather than pick one.
  if (/^\d[\d.,]*\s*%?\s*(?:[-–—]|đến|tới)\s*\d/u.test(t))
    return {
      kind: 'error',
      reason: 'a range, not one value: enter one number (the lower end, with "trên", if that is meant)',
      problem: 'range',
    };
  const share = /^([\d.,\s]+)\s*\/\s*([\d.,\s]+)(?:\s+\p{L}[\p{L}\s]*)?$/u.exec(t);
  const read = share
    ? shareValue(share[1] as string, share[2] as string, locale, bound)
    : numberValue(t, locale, bound);
  if (read.kind === 'number' && read.otherMark && !options.otherMark) delete read.otherMark;
  if (read.kind === 'number' && read.words !== undefined && !options.words) delete read.words;
  return read;
}

/** "trên 75%" → a lower bound and "75%"; "dưới 5%" → an upper bound and "5%"; other text as it is. */
function splitBound(t: string): { bound: 'lower' | 'upper' | undefined; rest: string } {
  const lower = LOWER_WORDS.exec(t);
  if (lower) return { bound: 'lower', rest: t.slice(lower[0].length) };
  const upper = UPPER_WORDS.exec(t);
  if (upper) return { bound: 'upper', rest: t.slice(upper[0].length) };
  return { bound: undefined, rest: t };
}

/** A share such as "10/21": numerator / denominator, refused when a part is no number or the denominator is 0. */
function shareValue(
  numeratorText: string,
  denominatorText: string,
  locale: NumberLocale,
  bound: 'lower' | 'upper' | undefined,
): ParsedValue {
  const top = readNumber(numeratorText, locale);
  const bottom = readNumber(denominatorText, locale);
  if (top === undefined || bottom === undefined)
    return { kind: 'error', reason: 'not a share such as 10/21', problem: 'share' };
  const numerator = top.value;
  const denominator = bottom.value;
  if (denominator === 0) return { kind: 'error', reason: 'a share over zero', problem: 'share-over-zero' };
  return {
    kind: 'number',
    value: numerator / denominator,
    percent: false,
    share: { numerator, denominator },
    ...(bound && { bound }),
    ...((top.otherMark || bottom.otherMark) && { otherMark: true }),
  };
}

/**
 * A number with an optional `%` and unit words after it ("163 tổ"), read the locale's way. Spaces
 * that do not group thousands ("9 5") and a word that scales the number ("2 triệu") are refused.
 */
function numberValue(t: string, locale: NumberLocale, bound: 'lower' | 'upper' | undefined): ParsedValue {
  const match = /^([-+−–]?[\d.,\s\u00a0]*\d)\s*(%?)\s*(\p{L}[\p{L}\s./]*)?$/u.exec(t);
  if (!match) return notAValue();
  if (badNumberSpaces(match[1] as string, locale)) return spacedDigits();
  const read = readNumber(match[1] as string, locale);
  const words = match[3]?.trim();
  // "9O", "10O", "1l": no unit is written O or l against the digits, and dropped as a word it would
  // read 9 for 90 with no word. A word after a space ("5 lượt") is a unit.
  if (words && LETTER_FOR_DIGIT.test(t)) return letterForDigit(t);
  const multiplier = read && words ? multiplierWord(words) : undefined;
  if (read && multiplier) return multiplied(read.value, multiplier, locale);
  if (read === undefined)
    return {
      kind: 'error',
      reason: `not a number as written in ${locale === 'vi' ? 'Vietnamese (decimal comma, thousands dot)' : 'English'}`,
      problem: 'number-format',
    };
  const ambiguous = AMBIGUOUS.test((match[1] as string).replace(/[\s\u00a0]/gu, ''));
  return {
    kind: 'number',
    value: read.value,
    percent: match[2] === '%',
    ...(bound && { bound }),
    ...(ambiguous && { ambiguous: true }),
    ...(read.otherMark && { otherMark: true }),
    ...(words && { words }),
  };
}

/** Digits with only O, l or I against them (text in lower case), as "9O" or "10O" typed for 90 and 100. */
const LETTER_FOR_DIGIT = /^[-+−–]?[\d.,]*\d[oli]+$/u;

/** "9O" refused, naming the letter and the number it likely stands for ("90"). */
function letterForDigit(t: string): ParsedValue {
  const digits = t.replace(/o/gu, '0').replace(/[li]/gu, '1');
  return {
    kind: 'error',
    reason: `the letter after the digits looks like a digit typed as a letter (O for 0, l or I for 1): type digits only, ${digits} if that is the number`,
    problem: 'letter-for-digit',
  };
}

/** "2 triệu" refused, with the whole number to write instead ("2000000"), in the locale's decimal mark. */
function multiplied(
  value: number,
  { word, factor }: { word: string; factor: number },
  locale: NumberLocale,
): ParsedValue {
  const whole = scaled(value, factor);
  const written = locale === 'vi' ? String(whole).replace('.', ',') : String(whole);
  return {
    kind: 'error',
    reason: `"${word}" multiplies the number, and words are not read as numbers: write the whole number, ${written}`,
    problem: 'multiplier',
    multiplier: { word, whole },
  };
}

// One mark after 1–3 digits (not a leading 0) and before exactly three: a decimal mark in one locale,
// a thousands mark in the other ("1,000" is 1 in Vietnamese, 1000 in English; "2.528" the reverse).
// "0,978" and "97,8" are plainly decimals, "1.234.567" plainly grouped.
const AMBIGUOUS = /^[-+−–]?[1-9]\d{0,2}[.,]\d{3}$/u;
