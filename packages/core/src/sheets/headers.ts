import type { Framework, Indicator, MissingPolicy } from '../schema/framework.js';
import { missingPolicies } from '../schema/missing-policies.js';
import { indicatorsOf } from '../schema/walk.js';
import { foldText } from './fold.js';
import type { Cell } from './sheet.js';
import { foldHeader } from './spelling.js';

/** A column about the unit rather than an indicator: its id, name, parent… or, in long layout, key and value. */
export type Meta =
  | 'id'
  | 'name'
  | 'parent'
  | 'peerGroup'
  | 'population'
  | 'ranked'
  | 'ordinal'
  | 'indicatorKey'
  | 'value';

const META_HEADERS: Record<Meta, string[]> = {
  id: ['id', 'ma', 'ma don vi', 'ma dv', 'unit id', 'code', 'ma dinh danh'],
  name: [
    'ten',
    'ten don vi',
    'don vi',
    'name',
    'unit',
    'ten dia phuong',
    'dia phuong',
    'ten xa',
    'ten huyen',
    'ten tinh',
    'xa',
    'huyen',
    'tinh',
    'tinh thanh pho',
    'xa phuong thi tran',
    'co quan',
    'ten co quan',
    'don vi hanh chinh',
  ],
  parent: ['parent', 'cap tren', 'don vi cap tren', 'thuoc', 'truc thuoc', 'thuoc tinh', 'thuoc huyen'],
  peerGroup: ['peer group', 'peergroup', 'nhom', 'nhom xep hang', 'khoi'],
  population: ['population', 'dan so', 'so dan'],
  ranked: ['ranked', 'xep hang', 'tham gia xep hang'],
  ordinal: ['stt', 'tt', 'so thu tu', 'no'],
  indicatorKey: ['chi so', 'ma chi so', 'indicator', 'tieu chi', 'ma tieu chi', 'chi tieu'],
  value: ['gia tri', 'value', 'so lieu', 'ket qua', 'so lieu bao cao'],
};

/**
 * A column's destination: the indicator it holds values for, or a raw field of a formula (no
 * `indicator`). Not an indicator's target (the value a unit aims at).
 */
export interface ColumnDestination {
  id: string;
  indicator?: Indicator;
  /** The unit the framework declares for the indicator or field, e.g. `%`, `sạp`. */
  unit?: string;
  /** The indicator's missing-value policy as inherited, so a cell read as missing can say what it did. */
  missing?: MissingPolicy;
}

/** What a column of the header row is. */
export type ColumnRole =
  | { kind: 'meta'; meta: Meta }
  | { kind: 'value'; target: ColumnDestination }
  | { kind: 'unknown' };

/** The header row, what each column is, and whether the sheet is in long layout. */
export interface HeaderLayout {
  /** 0-based; -1 when no row names any column. */
  row: number;
  cells: readonly Cell[];
  roles: ColumnRole[];
  long: boolean;
}

/** How many rows from the top may hold the header (title rows and merged group headings come first). */
export const HEADER_SEARCH_ROWS = 10;

/** Longer cells are text, not headers: not folded or compared, which on megabytes of text would take seconds. */
const LONGEST_HEADER = 1000;

/** A cell as text, empty for an empty cell. */
export function cellText(cell: Cell | undefined): string {
  return cell === null || cell === undefined ? '' : String(cell);
}

/**
 * Units a header may end with in brackets, folded: "Tỷ lệ hồ sơ (%)", "Dân số (người)". A bracket
 * that says something else, "Tỷ lệ B (kế hoạch)", names another column and is kept.
 */
const UNIT_WORDS = new Set([
  'd',
  'dong',
  'vnd',
  'trieu',
  'trieu dong',
  'tr d',
  'ty dong',
  'nguoi',
  'luot',
  'lan',
  'xa',
  'huyen',
  'tinh',
  'ho',
  'to',
  'don vi',
  'co quan',
  'ho so',
  'van ban',
  'thu tuc',
  'tthc',
  'dich vu',
  'dvc',
  'ngay',
  'gio',
  'phut',
  'thang',
  'nam',
  'km',
  'mbps',
  'gb',
  'tb',
  'chiec',
  'cai',
  'bo',
  'he thong',
  'diem',
  'percent',
  'pct',
  'phan tram',
]);

/** A header's trailing bracket, split off: `Tỷ lệ A (%)` → base `Tỷ lệ A`, content `%`. */
function trailingBracket(text: string): { base: string; content: string } | undefined {
  const match = /^(.*?)\s*[([]([^()[\]]*)[)\]]\s*$/u.exec(text);
  return match?.[1] ? { base: match[1], content: match[2] as string } : undefined;
}

/**
 * Whether a bracket's content is a unit: no letters at all ("(%)", "(1)", "(*)"), a unit word, or the
 * indicator's or field's own `unit` ("Số sạp (sạp)" as the template writes it). Only then may a header
 * drop it to match a label.
 */
function isUnit(content: string, declaredUnit: string | undefined): boolean {
  if (!/\p{L}/u.test(content)) return true;
  const folded = foldText(content);
  if (UNIT_WORDS.has(folded)) return true;
  // "(%/năm)", "(người/km²)": units per something.
  if (/^[^\p{L}]*[%‰]/u.test(content) || folded.split(' ').every((w) => UNIT_WORDS.has(w))) return true;
  return declaredUnit !== undefined && folded !== '' && folded === foldText(declaredUnit);
}

/** Every folded name a column of this framework may go by: id, Vietnamese and English labels. */
export function vocabulary(framework: Framework): Map<string, ColumnDestination> {
  const names = new Map<string, ColumnDestination>();
  const add = (key: string, target: ColumnDestination) => {
    const folded = foldHeader(key);
    if (folded && !names.has(folded)) names.set(folded, target);
    // "Tỷ lệ hồ sơ trực tuyến (%)": also match without the unit in brackets.
    const split = trailingBracket(key);
    if (!split || !isUnit(split.content, target.unit)) return;
    const bare = foldHeader(split.base);
    if (bare && !names.has(bare)) names.set(bare, target);
  };
  const policies = missingPolicies(framework);
  for (const indicator of indicatorsOf(framework.root)) {
    const target: ColumnDestination = { id: indicator.id, indicator, unit: indicator.unit };
    const missing = policies.get(indicator.id);
    if (missing) target.missing = missing;
    for (const key of [indicator.id, indicator.label.vi, indicator.label.en ?? '']) add(key, target);
  }
  for (const field of framework.fields ?? []) {
    const target: ColumnDestination = { id: field.id, unit: field.unit };
    for (const key of [field.id, field.label.vi, field.label.en ?? '']) add(key, target);
  }
  return names;
}

function metaOf(header: string): Meta | undefined {
  // The names are folded already, and none is spelt with a final i or y (see foldHeader).
  const folded = foldHeader(header);
  for (const [meta, names] of Object.entries(META_HEADERS) as [Meta, string[]][])
    if (names.includes(folded)) return meta;
  return undefined;
}

/** The indicator or field a header or a long-layout key names, if any. */
export function targetOf(text: string, names: Map<string, ColumnDestination>): ColumnDestination | undefined {
  const exact = names.get(foldHeader(text));
  if (exact) return exact;
  // "Tỷ lệ A (%)" is column "Tỷ lệ A"; "Tỷ lệ B (kế hoạch)" is not column "Tỷ lệ B".
  const split = trailingBracket(text);
  if (!split) return undefined;
  const target = names.get(foldHeader(split.base));
  return target && isUnit(split.content, target.unit) ? target : undefined;
}

function rolesOf(header: readonly Cell[], names: Map<string, ColumnDestination>): ColumnRole[] {
  const out: ColumnRole[] = [];
  for (let c = 0; c < header.length; c++) {
    const h = cellText(header[c]).trim();
    if (!h || h.length > LONGEST_HEADER) {
      out.push({ kind: 'unknown' });
      continue;
    }
    const target = targetOf(h, names);
    const meta = target ? undefined : metaOf(h);
    out.push(target ? { kind: 'value', target } : meta ? { kind: 'meta', meta } : { kind: 'unknown' });
  }
  return out;
}

/**
 * Finds the header row (the one among the first ten that names the most columns, indicator columns
 * counting double) and decides the layout: long when asked, or when no column names an indicator
 * but there are indicator-key and value columns.
 *
 * @example findHeader(sheet.rows, vocabulary(framework), 'auto').row // → 0
 */
export function findHeader(
  rows: readonly (readonly Cell[])[],
  names: Map<string, ColumnDestination>,
  layout: 'wide' | 'long' | 'auto',
): HeaderLayout {
  let row = -1;
  let best = 0;
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, rows.length); r++) {
    const rs = rolesOf(rows[r] ?? [], names);
    const score = rs.filter((x) => x.kind !== 'unknown').length + rs.filter((x) => x.kind === 'value').length;
    if (score > best) {
      best = score;
      row = r;
    }
  }
  const cells = row >= 0 ? (rows[row] ?? []) : [];
  const roles = rolesOf(cells, names);
  const has = (meta: Meta) => roles.some((r) => r.kind === 'meta' && r.meta === meta);
  const long =
    layout === 'long' ||
    (layout !== 'wide' && !roles.some((r) => r.kind === 'value') && has('indicatorKey') && has('value'));
  return { row, cells, roles, long };
}

/** The first column of each kind, by header roles: asked for every row of a sheet, found once. */
const metaColumns = new WeakMap<readonly ColumnRole[], Map<Meta, number>>();

/** The first column of a kind, or -1. */
export function metaColumn(roles: readonly ColumnRole[], meta: Meta): number {
  let columns = metaColumns.get(roles);
  if (!columns) {
    columns = new Map();
    for (let c = roles.length - 1; c >= 0; c--) {
      const role = roles[c] as ColumnRole;
      if (role.kind === 'meta') columns.set(role.meta, c);
    }
    metaColumns.set(roles, columns);
  }
  return columns.get(meta) ?? -1;
}
