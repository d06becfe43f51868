import type { Locale } from './i18n.js';
import {
  Checker,
  type Expect,
  fields,
  missingFits,
  type ShapeProblem,
  type ShapeReport,
  type Spec,
  scoreTableCheck,
} from './shape.js';
import { show } from './show-value.js';
import { uncertaintyShape } from './uncertainty-shape.js';

// The sentences of the shape checks, in Vietnamese and English: shown only for a broken file, so they
// load on demand (the elements `import()` this module) and stay out of every page's first download.

const EXPECTED: Record<Locale, Record<Expect, string>> = {
  vi: {
    rankLike: 'phải là một hạng ≥ 1 (có thể lẻ) hoặc null',
    lowHigh: 'đầu dưới của khoảng hạng lớn hơn đầu trên',
    aboveMin: 'phải lớn hơn framework.scale.min',
    object: 'phải là một đối tượng JSON',
    array: 'phải là một mảng',
    text: 'phải là chuỗi ký tự',
    optText: 'phải là chuỗi ký tự hoặc không có',
    colour: 'phải là một màu CSS viết thành chuỗi ký tự (ví dụ "#1a7f37") hoặc không có',
    number: 'phải là một số',
    numberOrNull: 'phải là một số hoặc null',
    share: 'phải là tỷ lệ từ 0 đến 1',
    count: 'phải là số nguyên ≥ 0',
    kind: 'phải là "dti-score-table" (tệp do `dti score --format json` ghi)',
    format: 'phiên bản DTI Kit này chỉ đọc định dạng 1 (format 1)',
    nodeKind: 'phải là "group" hoặc "indicator"',
    points: 'phải là một số ≥ 0',
    textOrNull: 'phải là chuỗi ký tự hoặc null',
    period: 'phải là chuỗi ký tự, một số hoặc không có',
    decimals: 'phải là số nguyên từ 0 đến 12',
    field: 'phải là số nguyên ≥ 1 hoặc không có',
    ties: 'phải là "competition", "dense", "ordinal" hoặc "fractional" (cách xếp đồng hạng), hoặc không có',
    warnings: 'phải là một danh sách cảnh báo, mỗi cảnh báo có "message" là chuỗi ký tự, hoặc không có',
    missing: 'phải là "zero", "imputed" (value là số) hoặc "skipped" (value là null), hoặc không có',
  },
  en: {
    rankLike: 'must be a rank ≥ 1 (fractions allowed), or null',
    lowHigh: 'the low end of the rank interval is above the high end',
    aboveMin: 'must be above framework.scale.min',
    object: 'must be a JSON object',
    array: 'must be an array',
    text: 'must be text',
    optText: 'must be text, or absent',
    colour: 'must be a CSS colour written as text (e.g. "#1a7f37"), or absent',
    number: 'must be a number',
    numberOrNull: 'must be a number or null',
    share: 'must be a share from 0 to 1',
    count: 'must be a whole number ≥ 0',
    kind: 'must be "dti-score-table" (a file written by `dti score --format json`)',
    format: 'this version of DTI Kit reads format 1 only',
    nodeKind: 'must be "group" or "indicator"',
    points: 'must be a number ≥ 0',
    textOrNull: 'must be text or null',
    period: 'must be text, a number, or absent',
    decimals: 'must be a whole number from 0 to 12',
    field: 'must be a whole number ≥ 1, or absent',
    ties: 'must be "competition", "dense", "ordinal" or "fractional" (the tie rule), or absent',
    warnings: 'must be a list of warnings, each with its "message" as text, or absent',
    missing: 'must be "zero", "imputed" (value a number) or "skipped" (value null), or absent',
  },
};

const HEAD: Record<Locale, (what: string) => string> = {
  vi: (what) => `Dữ liệu không đúng dạng ${what}`,
  en: (what) => `The data is not ${what}`,
};

/** Sentences about a table whose fields are each well formed but do not agree with one another. */
const CONFLICT: Record<
  Locale,
  {
    sameId: string;
    outside: string;
    unit: (value: number, rank: number) => string;
    ranks: (a: string, b: string) => string;
    sameRank: (a: string, b: string) => string;
    field: (rank: number, at: string) => string;
    status: (rank: number | null) => string;
    fewer: (ranked: number) => string;
    root: (at: string) => string;
    whole: (ties: string) => string;
  }
> = {
  vi: {
    sameId: 'trùng với',
    outside: 'nằm ngoài thang điểm',
    // A decimal comma, as every other Vietnamese number on the page is written.
    unit: (v, r) => `${String(v).replace('.', ',')} điểm, hạng ${r}`,
    ranks: (a, b) => `${a} xếp sau ${b} dù điểm cao hơn`,
    sameRank: (a, b) => `${a} và ${b} cùng hạng dù điểm khác nhau`,
    field: (rank, at) => `nhỏ hơn hạng ${rank} của ${at}`,
    status: (rank) => (rank === null ? 'nhưng không có hạng (rank = null)' : `nhưng lại có hạng ${rank}`),
    fewer: (n) => `nhỏ hơn số đơn vị có hạng trong bảng (${n})`,
    root: (at) => `phải bằng điểm của đơn vị (${at}): điểm của một đơn vị là điểm nút gốc của nó`,
    whole: (ties) => `hạng lẻ, nhưng framework.ties = "${ties}" chỉ cho hạng nguyên (hạng lẻ chỉ có với "fractional")`,
  },
  en: {
    sameId: 'already the id of',
    outside: 'is outside the scale',
    unit: (v, r) => `value ${v}, rank ${r}`,
    ranks: (a, b) => `${a} is ranked below ${b} despite a higher value`,
    sameRank: (a, b) => `${a} and ${b} share a rank despite different values`,
    field: (rank, at) => `below the rank ${rank} of ${at}`,
    status: (rank) => (rank === null ? 'but has no rank (rank = null)' : `but has rank ${rank}`),
    fewer: (n) => `below the number of ranked units in the table (${n})`,
    root: (at) => `must equal the unit's value (${at}): a unit's value is its root node's value`,
    whole: (ties) =>
      `a fractional rank, but framework.ties = "${ties}" gives whole ranks only (fractional ranks come from "fractional")`,
  },
};

const WHAT: Record<ShapeReport['subject'], Record<Locale, string>> = {
  scoreTable: { vi: 'bảng điểm', en: 'a score table' },
  uncertainty: { vi: 'kết quả phân tích độ bất định', en: 'an uncertainty result' },
};

/** A problem with a single field as a phrase: where, what was found, what it must be. */
function fieldPhrase(p: ShapeProblem, locale: Locale): string {
  const { path, code } = p as Extract<ShapeProblem, { code: Expect }>;
  // The whole file has no path of its own: it is named in the reader's language.
  return `${path || (locale === 'vi' ? '(tệp)' : '(file)')} = ${show((p as { value: unknown }).value)}: ${EXPECTED[locale][code]}`;
}

/** Any problem of a score table as a phrase, fields that disagree included. */
function tablePhrase(p: ShapeProblem, locale: Locale): string {
  const words = CONFLICT[locale];
  switch (p.code) {
    case 'sameId':
      return `${p.path} = ${show(p.value)}: ${words.sameId} units[${p.first}]`;
    case 'outside':
      return `${p.path} = ${p.value} (${show(p.name)}): ${words.outside} ${p.min}–${p.max} (framework.scale)`;
    case 'fieldBelow':
      return `${p.path} = ${p.value}: ${words.field(p.rank, `${show(p.name)} (${p.at})`)}`;
    case 'status':
      return `${p.path} = ${show(p.value)} (${show(p.name)}): ${words.status(p.rank)}`;
    case 'fewer':
      return `${p.path} = ${p.value}: ${words.fewer(p.ranked)}`;
    case 'root':
      return `${p.path} = ${p.value} (${show(p.name)}): ${words.root(`${p.path.slice(0, p.path.indexOf('.'))}.value = ${p.unit}`)}`;
    case 'whole':
      return `${p.path} = ${p.value} (${show(p.name)}): ${words.whole(p.ties)}`;
    case 'ranks':
    case 'sameRank': {
      const at = (u: RankedUnit) => `units[${u.index}] ${show(u.name)} (${words.unit(u.value, u.rank)})`;
      return words[p.code](at(p.above), at(p.below));
    }
    default:
      return fieldPhrase(p, locale);
  }
}

type RankedUnit = Extract<ShapeProblem, { code: 'ranks' }>['above'];

/**
 * The sentence for the problems a shape check found, in the reader's language.
 *
 * @example shapeSentence({ subject: 'scoreTable', problems: [{ code: 'array', path: 'units', value: 3 }] }, 'en')
 * // → 'The data is not a score table: units = 3: must be an array'
 */
export function shapeSentence(report: ShapeReport, locale: Locale): string {
  return sentence(withUnitFields(report), locale, tablePhrase);
}

// A rank is 'rankLike': fractional ties give 2.5.
const UNIT: Spec = [
  ['id', 'text'],
  ['name', 'text'],
  ['value', 'numberOrNull'],
  ['rank', 'rankLike'],
  ['coverage', 'share'],
  ['imputed', 'count'],
  ['tier', 'optText'],
  ['parent', 'optText'],
  ['peerGroup', 'optText'],
];

/** The fields of `units[i]` and the values of its nodes that are not as they must be, each a problem. */
function unitFieldProblems(unit: unknown, i: number): ShapeProblem[] {
  const c = new Checker();
  if (!c.check(`units[${i}]`, unit, 'object')) return c.problems;
  fields(c, `units[${i}]`, unit, UNIT);
  const nodes = (unit as Record<string, unknown>).nodes;
  if (!c.check(`units[${i}].nodes`, nodes, 'object')) return c.problems;
  for (const id in nodes as Record<string, unknown>) {
    if (!Object.hasOwn(nodes as object, id)) continue;
    const node = (nodes as Record<string, Record<string, unknown>>)[id];
    const at = `units[${i}].nodes.${id}`;
    // The same checks as the shape check's, in its order: an object, a value, a `missing` that fits it.
    if (c.check(at, node, 'object') && c.check(`${at}.value`, node?.value, 'numberOrNull') && !missingFits(node ?? {}))
      c.check(`${at}.missing`, node?.missing, 'missing');
  }
  return c.problems;
}

/**
 * The report with each `unitFields` mark replaced by the problems of that unit's fields, the first
 * three in all, as the check records them.
 */
function withUnitFields(report: ShapeReport): ShapeReport {
  const problems = report.problems.flatMap((p) =>
    p.code === 'unitFields' ? unitFieldProblems(p.value, p.index) : [p],
  );
  return { subject: report.subject, problems: problems.slice(0, 3) };
}

/**
 * Every problem of JSON meant as a score table, as data (the shape check's, each unit's fields named);
 * `undefined` when there is none. For tests and callers that want them at once.
 *
 * @example scoreTableShape({ kind: 'dti-score-table', units: 3 })?.problems[1]
 * // → { code: 'array', path: 'units', value: 3 }
 */
export function scoreTableShape(json: unknown): ShapeReport | undefined {
  const report = scoreTableCheck(json);
  return report && withUnitFields(report);
}

// An uncertainty result has only field problems: its element's bundle leaves the table's words out.
function sentence(report: ShapeReport, locale: Locale, phrase: typeof fieldPhrase): string {
  return `${HEAD[locale](WHAT[report.subject][locale])}: ${report.problems.map((p) => phrase(p, locale)).join('; ')}`;
}

/**
 * What is wrong with JSON meant as a score table, in the reader's language; `undefined` when every field
 * the widgets read is there and of the right kind. For tests and callers that want the sentence
 * at once; the elements use {@link scoreTableShape} and load these words only for a broken file.
 *
 * @example scoreTableProblem({ kind: 'dti-score-table', units: 3 }, 'en')
 * // → 'The data is not a score table: framework = undefined: must be a JSON object; units = 3: must be an array'
 */
export function scoreTableProblem(json: unknown, locale: Locale): string | undefined {
  const report = scoreTableShape(json);
  return report && shapeSentence(report, locale);
}

/**
 * What is wrong with JSON meant as an uncertainty result (`analyseUncertainty`), in the reader's
 * language, or `undefined`.
 *
 * @example uncertaintyProblem({ units: [{ id: 'a', name: 'A', nominalRank: 0 }] }, 'vi')
 */
export function uncertaintyProblem(json: unknown, locale: Locale): string | undefined {
  const report = uncertaintyShape(json);
  return report && sentence(report, locale, fieldPhrase);
}
